/**
 * @module Where an element path of the HTML reader (`table[2]/tr[5]/td[3]`,
 * `p[17]/line[2]`, `table[1]/caption`, `title`) stands in the page's source:
 * the offset of its start tag. The page is parsed exactly as the reader parses
 * it (same parser, same options, same per-tag ordinals), with start indices.
 * Used to show a cell's surrounding source lines beside the report.
 */
import { load } from 'cheerio';
import { isElement, type DomElement, type DomNode } from './dom.js';
import { computeStats } from './dom-stats.js';
import { rowCells, tableRows } from './html-walker.js';

export interface HtmlSource {
  /** The page's text, as decoded for the reader. */
  readonly text: string;
  /** The offset in `text` of the element the path names, or undefined when the path names none. */
  locate(path: string): number | undefined;
}

const STEP = /^([a-z][a-z0-9:_-]*)(?:\[(\d+)\])?$/;

function startOf(node: DomNode | undefined): number | undefined {
  const i = (node as { startIndex?: number | null } | undefined)?.startIndex;
  return typeof i === 'number' ? i : undefined;
}

export function htmlSource(html: string): HtmlSource {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true } });
  let byOrdinal: Map<string, DomElement> | undefined;
  const element = (name: string, ordinal: number): DomElement | undefined => {
    if (!byOrdinal) {
      byOrdinal = new Map();
      for (const [node, s] of computeStats($.root()[0]!)) if (isElement(node)) byOrdinal.set(`${node.name}[${s.ordinal}]`, node);
    }
    return byOrdinal.get(`${name}[${ordinal}]`);
  };
  return {
    text: html,
    locate(path) {
      if (path === 'title') return startOf($('head > title')[0] as DomNode | undefined);
      const steps = path.split('/').map((s) => STEP.exec(s));
      if (steps.some((m) => m === null)) return undefined;
      const [first, second, third] = steps as RegExpExecArray[];
      let el = element(first![1]!, Number(first![2] ?? 0));
      if (el && first![1] === 'table' && second && second[1] !== 'line') {
        if (second[1] === 'caption') el = el.children.find((c): c is DomElement => isElement(c) && c.name === 'caption');
        else if (second[1] === 'tr') {
          const tr: DomElement | undefined = tableRows(el)[Number(second[2]) - 1];
          el = tr && third && third[1] !== 'line' ? rowCells(tr)[Number(third[2]) - 1] : tr;
        } else el = undefined;
      }
      return startOf(el);
    },
  };
}

/** The 1-based line of an offset in a text (lines end at `\n`). */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
