/**
 * @module The six narrative sections: headings found by their words (with the
 * variants seen in practice), text = the lines under each heading that no table took.
 */
import type { Token } from '../tokens.js';
import type { TokenForms } from './token-forms.js';
import { SECTIONS, type SectionKey } from '../../domain/annual-report/sections.js';
import { bare } from './text-forms.js';
import { finding, PARSE_RULES } from './findings.js';
import type { Finding } from '../../domain/shared/finding.js';

const NUMERALS = '一二三四五六';
const HEADING_RE = /^([一二三四五六])[、,，.．:：]?(.*)$/;
/** Cheap test before normalising: a heading starts with its numeral or names a 情况/事项/打算. */
const MAY_BE_HEADING_RE = /^[\s\u00a0\u3000#*]*第?[一二三四五六]|情况|事项|打算/;
/** (一)… is a sub-heading inside a section, never a section heading. */
const SUBHEADING_RE = /^[\s\u00a0\u3000]*[(（]/;
const ANCHORS = SECTIONS.map((s) => ({ anchors: s.anchors.map((a) => bare(a)), official: bare(s.heading).slice(1) }));

/** The heading's words are the anchor, maybe with a prefix such as 政府信息公开 or a short remark after it. */
function matchesAnchor(body: string, anchor: string): boolean {
  const at = body.indexOf(anchor);
  return at >= 0 && at <= 8 && body.length <= anchor.length + 8;
}

export interface SectionHit {
  readonly key: SectionKey;
  readonly index: number;
}

export function findHeadings(doc: TokenForms, findings: Finding[]): SectionHit[] {
  const { tokens } = doc;
  const hits: SectionHit[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length && next < SECTIONS.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cell' || t.text.length > 80 || !MAY_BE_HEADING_RE.test(t.text) || SUBHEADING_RE.test(t.text)) continue;
    const b = doc.bare(i).replace(/^第/, '').replace(/部分/, '');
    if (b.length === 0 || b.length > 40) continue;
    const m = HEADING_RE.exec(b);
    const body = m ? m[2]! : b;
    for (let k = next; k < SECTIONS.length; k++) {
      const s = SECTIONS[k]!;
      const numeralOk = !m || m[1] === NUMERALS[k];
      if (numeralOk && ANCHORS[k]!.anchors.some((a) => matchesAnchor(body, a))) {
        const official = ANCHORS[k]!.official;
        if (!body.startsWith(official)) {
          findings.push(
            finding(PARSE_RULES.heading, 'info', `标题“${t.text.trim()}”与模板“${s.heading}”措辞不同。`, `Heading “${t.text.trim()}” differs from the template's “${s.heading}”.`),
          );
        }
        hits.push({ key: s.key, index: i });
        next = k + 1;
        break;
      }
      // A heading with the right numeral right after the previous section, but other words.
      if (k === next && m && m[1] === NUMERALS[k] && hits.length === k && k >= 4 && body.length <= 16 && !/\d/.test(body)) {
        findings.push(
          finding(
            PARSE_RULES.heading,
            'warning',
            `第${NUMERALS[k]}部分的标题应为“${s.heading}”，文档中为“${t.text.trim()}”。`,
            `Section ${k + 1} should be headed “${s.heading}”; the document has “${t.text.trim()}”.`,
          ),
        );
        hits.push({ key: s.key, index: i });
        next = k + 1;
        break;
      }
    }
  }
  return hits;
}

/** Section texts: every cell under a heading that is not part of a table. */
export function sectionTexts(tokens: readonly Token[], hits: readonly SectionHit[], inTables: (index: number) => boolean, end: number): Partial<Record<SectionKey, string>> {
  const out: Partial<Record<SectionKey, string>> = {};
  hits.forEach((h, n) => {
    const stop = n + 1 < hits.length ? hits[n + 1]!.index : end;
    const lines: string[] = [];
    // Text after a colon in the heading itself (六、其他需要报告的事项：无。) belongs to the section.
    const head = tokens[h.index]!;
    const rest = head.kind === 'cell' ? /[:：](.+)$/.exec(head.text)?.[1]?.trim() : undefined;
    if (rest) lines.push(rest);
    for (let i = h.index + 1; i < stop; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'cell' || inTables(i)) continue;
      const text = t.text.replace(/[\u00a0\u3000]/g, ' ').trim();
      if (text) lines.push(text);
    }
    out[h.key] = lines.join('\n');
  });
  return out;
}
