import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../legal-basis.js';
import type { TemplatePart } from '../template.js';
import { REMEDIES } from './common.js';
import { TEMPLATES, templateFor } from './index.js';

const textOf = (p: TemplatePart): string => (typeof p === 'string' ? p : 'text' in p ? p.text : '');
const citations = (parts: readonly TemplatePart[]): string[] => parts.flatMap((p) => [...textOf(p).matchAll(/\[\[([^[\]]+)\]\]/g)].map((m) => m[1]!));

describe('letter templates', () => {
  it('are one per kind and variant', () => {
    const names = TEMPLATES.map((t) => `${t.kind}/${t.variant ?? ''}`);
    expect(new Set(names).size).toBe(names.length);
    expect(templateFor('decision', 'otherClosed')).toBeNull();
  });

  for (const t of TEMPLATES) {
    const name = `${t.kind}/${t.variant ?? ''}`;
    it(`${name} cites an article unconditionally, and only known articles`, () => {
      const unconditional = t.body.filter((p): p is string => typeof p === 'string');
      expect(citations(unconditional).length, 'an article in a paragraph always printed').toBeGreaterThan(0);
      for (const key of citations(t.body)) expect(ARTICLES[key], key).toBeDefined();
    });

    it(`${name} writes no placeholder inside a citation or an unbalanced marker`, () => {
      for (const p of t.body) {
        const s = textOf(p).replace(/\{\{[^{}]+\}\}|\[\[[^[\]]+\]\]/g, '');
        expect(s, s).not.toMatch(/[{}[\]]/);
      }
    });
  }

  it('remedies cite Art. 51 and the two procedural laws', () => {
    expect(citations(REMEDIES)).toEqual(['条例第五十一条', '行政复议法第二十条', '行政诉讼法第四十六条']);
  });

  it('mark the remedies’ periods as unverified (domain.md does not cover them)', () => {
    expect(ARTICLES['行政复议法第二十条']!.verified).toBe(false);
    expect(ARTICLES['行政诉讼法第四十六条']!.verified).toBe(false);
  });
});
