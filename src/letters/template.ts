/**
 * @module The template format, and filling a template with a case's facts.
 *
 * A template is data a reviewer can read: a title and the body as a list of
 * paragraphs written out in Chinese. Inside a paragraph
 *
 * - `{{收到申请之日}}` is a placeholder, replaced by a fact of the case
 *   (the names each letter kind offers are listed in CONTEXT.md);
 * - `[[条例第三十条]]` cites an article of `legal-basis.ts`: the first
 *   citation of a law prints its full name, later ones its short name, and
 *   every article cited is recorded in the letter's legal basis.
 *
 * Besides a plain paragraph, a body part may be `{ if: '名称', text }` (printed
 * only when the fact has a value), `{ unless: '名称', text }` (only when it has
 * none), or `{ block: '名称' }` (a computed block: registration details,
 * correction items, the fee computation).
 *
 * Facts from people (a description, a reason) are inserted verbatim: a
 * `{{` or `[[` in them is text, never a placeholder or a citation.
 */
import { GongkaiError } from '../domain/shared/errors.js';
import type { ConsultedParty } from '../domain/cases/case-events.js';
import type { Outcome } from '../domain/cases/outcome.js';
import type { Message } from '../domain/shared/finding.js';
import { ARTICLES, LAWS, type LawId } from './legal-basis.js';
import type { Citation, LetterBlock, LetterKind } from './letter.js';

export type TemplatePart =
  | string
  | { readonly if: string; readonly text: string }
  | { readonly unless: string; readonly text: string }
  | { readonly block: string };

export interface LetterTemplate {
  readonly kind: LetterKind;
  /** Which template of the kind: the outcome of a decision letter, the party of a consultation letter. */
  readonly variant?: Outcome | ConsultedParty;
  readonly title: string;
  readonly body: readonly TemplatePart[];
  /** Ends the letter with the applicant's remedies (行政复议, 行政诉讼). */
  readonly remedies?: boolean;
  /** What a reviewer should know is not verified; copied into the letter's staff notes. */
  readonly notes?: readonly Message[];
}

/** Text of our own making that may itself hold placeholders and citations. */
export interface Rich {
  readonly rich: string;
}

export function rich(text: string): Rich {
  return { rich: text };
}

/** A fact: verbatim text, text of our own making, or missing (undefined). */
export type FactValue = string | Rich | undefined;

/** What a letter kind offers its templates: a value for every placeholder name, and the computed blocks. */
export interface Facts {
  readonly values: Readonly<Record<string, FactValue>>;
  readonly blocks: Readonly<Record<string, LetterBlock | undefined>>;
}

export interface Filled {
  readonly blocks: readonly LetterBlock[];
  readonly citations: readonly Citation[];
  /** Placeholders the printed text needs but the case does not give. */
  readonly missing: readonly string[];
}

const TOKEN = /\{\{([^{}]+)\}\}|\[\[([^[\]]+)\]\]/g;

function templateError(template: LetterTemplate, zh: string, en: string): GongkaiError {
  const name = template.variant ? `${template.kind}/${template.variant}` : template.kind;
  return new GongkaiError('INVALID_VALUE', { zh: `文书模板 ${name} 有误：${zh}`, en: `Letter template ${name} is wrong: ${en}` });
}

/**
 * Tracks citations in order, and which laws have already been named in full.
 * Inside parentheses a first citation prints the full name without introducing
 * the short one (no brackets within brackets); right after `、` or `和` a
 * further article of the law just cited prints the article alone
 * (《条例》第二条、第三十八条).
 */
class Citer {
  readonly citations: Citation[] = [];
  private readonly named = new Set<LawId>();
  private last: LawId | null = null;

  cite(key: string, template: LetterTemplate, before: string): string {
    const article = ARTICLES[key];
    if (!article) throw templateError(template, `未知的法律条文“${key}”（见 legal-basis.ts）`, `unknown article “${key}” (see legal-basis.ts)`);
    const law = LAWS[article.law];
    if (!this.citations.some((c) => c.key === key)) {
      this.citations.push({ key, law: law.full, article: article.article, verified: article.verified });
    }
    const follows = this.last === article.law && /[、和及]$/u.test(before) && article.article !== '';
    this.last = article.law;
    if (follows) return article.article;
    if (this.named.has(article.law) && law.short) return `${law.short}${article.article}`;
    const open = (before.match(/（/gu) ?? []).length > (before.match(/）/gu) ?? []).length;
    if (open || !law.short) return `${law.full}${article.article}`;
    this.named.add(article.law);
    return `${law.full}（以下简称${law.short}）${article.article}`;
  }
}

function has(facts: Facts, name: string, template: LetterTemplate): boolean {
  if (!(name in facts.values)) throw templateError(template, `未知的占位符“{{${name}}}”`, `unknown placeholder “{{${name}}}”`);
  const v = facts.values[name];
  return v !== undefined && (typeof v !== 'string' || v.trim() !== '');
}

function expand(text: string, facts: Facts, template: LetterTemplate, citer: Citer, missing: Set<string>, before = ''): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[2] !== undefined) {
      out += citer.cite(m[2], template, before + out);
      continue;
    }
    const name = m[1]!;
    if (!has(facts, name, template)) {
      missing.add(name);
      out += '＿＿＿＿';
      continue;
    }
    const value = facts.values[name]!;
    out += typeof value === 'string' ? value : expand(value.rich, facts, template, citer, missing, before + out);
  }
  return out + text.slice(last);
}

/** Fills a template's body (and the shared closing parts) with the facts, in order. */
export function fillTemplate(template: LetterTemplate, facts: Facts, closing: readonly TemplatePart[] = []): Filled {
  const citer = new Citer();
  const missing = new Set<string>();
  const blocks: LetterBlock[] = [];
  for (const part of [...template.body, ...closing]) {
    if (typeof part === 'string') {
      blocks.push({ type: 'paragraph', text: expand(part, facts, template, citer, missing) });
    } else if ('block' in part) {
      if (!(part.block in facts.blocks)) throw templateError(template, `未知的内容块“${part.block}”`, `unknown block “${part.block}”`);
      const block = facts.blocks[part.block];
      if (block) blocks.push(block);
      else missing.add(part.block);
    } else if ('if' in part) {
      if (has(facts, part.if, template)) blocks.push({ type: 'paragraph', text: expand(part.text, facts, template, citer, missing) });
    } else if (!has(facts, part.unless, template)) {
      blocks.push({ type: 'paragraph', text: expand(part.text, facts, template, citer, missing) });
    }
  }
  return { blocks, citations: citer.citations, missing: [...missing] };
}
