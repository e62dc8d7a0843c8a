/**
 * @module The six sections of an annual report (domain.md §1.2), drafted in
 * Chinese from the year's figures the way agencies write them: applications
 * received, carried over, answered and carried forward, the results, answers
 * out of time, reconsiderations and lawsuits, the information processing fee.
 * A draft for the agency to complete: the general paragraphs (管理, 平台,
 * 监督保障) say what every agency does and are meant to be rewritten.
 *
 * The counts are phrased so that the narrative check W5 reads them back
 * (共收到政府信息公开申请 N 件; 被申请行政复议 N 件; 未发生…行政复议和行政诉讼),
 * and section 六 states the fee (W6).
 */
import type { FormatId } from '../annual-report/columns.js';
import { getFormat } from '../annual-report/formats/index.js';
import type { CellValue } from '../annual-report/report.js';
import type { SectionKey } from '../annual-report/sections.js';

export interface NarrativeFacts {
  readonly agency: string;
  readonly year: number;
  readonly format: FormatId;
  /** The report's cells by path: Tables 3 and 4 complete, Table 2 null where nothing was entered. */
  readonly cells: ReadonlyMap<string, CellValue>;
  /** Information processing fees paid in the year (109号). */
  readonly fees: { readonly count: number; readonly yuan: number };
  /** Applications decided in the year: how many, how many after the deadline, the median working days from receipt. */
  readonly answered: { readonly count: number; readonly late: number; readonly medianWorkdays: number | null };
}

const n = (facts: NarrativeFacts, path: string): number => facts.cells.get(path) ?? 0;

const sum = (facts: NarrativeFacts, paths: readonly string[]): number => paths.reduce((s, p) => s + n(facts, p), 0);

function rowsOf(facts: NarrativeFacts, prefix: string): string[] {
  return getFormat(facts.format)
    .table3.map((r) => r.path)
    .filter((p) => p.startsWith(prefix))
    .map((p) => `table3.${p}.total`);
}

function formatAmount(v: number): string {
  return String(Number(v.toFixed(6)));
}

/** 规章本年制发件数为0，… — every Table-2 figure entered, in template order. */
function table2Sentence(facts: NarrativeFacts): string | null {
  const parts: string[] = [];
  for (const part of getFormat(facts.format).table2) {
    for (const row of part.rows) {
      for (const col of part.columns) {
        const v = facts.cells.get(`table2.${row.key}.${col.key}`);
        if (v === null || v === undefined) continue;
        const label = col.label.replace(/（单位：万元）$/u, '');
        parts.push(col.unit === 'wan' ? `${row.label}${label}${formatAmount(v)}万元` : `${row.label}${label}为${col.kind === 'amount' ? formatAmount(v) : v}`);
      }
    }
  }
  return parts.length ? `${parts.join('，')}。` : null;
}

function overview(f: NarrativeFacts): string {
  const received = n(f, 'table3.newReceived.total');
  const carriedOver = n(f, 'table3.carriedOver.total');
  const processed = n(f, 'table3.totalProcessed.total');
  const carriedForward = n(f, 'table3.carriedForward.total');
  const t2 = table2Sentence(f);
  const { count, late, medianWorkdays } = f.answered;
  const timing =
    count === 0
      ? ''
      : `本年度作出答复${count}件，${late === 0 ? '均在法定期限内答复' : `其中在法定期限内答复${count - late}件、超过法定期限答复${late}件`}${medianWorkdays === null ? '' : `，自收到申请至答复用时的中位数为${medianWorkdays}个工作日`}。`;
  return [
    `${f.year}年，${f.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，依法依规做好政府信息公开各项工作。现将本年度政府信息公开工作情况报告如下。`,
    '（一）主动公开情况',
    `围绕本机关职能和公众关切，通过政府网站、政务新媒体等渠道及时主动公开政府信息。${t2 ?? '本年度主动公开政府信息的数量见本报告第二部分。'}`,
    '（二）依申请公开情况',
    `${f.year}年，本机关共收到政府信息公开申请${received}件。上年结转${carriedOver}件，本年度办结${processed}件，结转下年度继续办理${carriedForward}件。${timing}`,
    '（三）政府信息管理情况',
    '严格落实政府信息公开属性源头认定和发布前审查制度，对拟公开的政府信息依法进行保密审查，动态更新政府信息公开目录。',
    '（四）政府信息公开平台建设情况',
    '持续规范政府信息公开专栏建设，及时更新政府信息公开指南，畅通网上申请、信函申请和当面申请等渠道。',
    '（五）监督保障情况',
    '将政府信息公开工作纳入年度工作要点，明确分管负责人和工作人员，依申请公开实行登记、承办、审核、答复、归档全流程管理。',
  ].join('\n');
}

function proactive(f: NarrativeFacts): string {
  const t2 = table2Sentence(f);
  return t2
    ? `本年度，本机关按照《中华人民共和国政府信息公开条例》第二十条、第二十一条的规定主动公开政府信息，主要数据如下：${t2}`
    : '本年度主动公开政府信息的情况见下表。';
}

function applications(f: NarrativeFacts): string {
  const denied = sum(f, rowsOf(f, 'denied.'));
  const unable = sum(f, rowsOf(f, 'unableToProvide.'));
  const notProcessed = sum(f, rowsOf(f, 'notProcessed.'));
  const other = f.format === '2019' ? n(f, 'table3.otherHandling.total.total') : sum(f, rowsOf(f, 'otherHandling.'));
  const processed = n(f, 'table3.totalProcessed.total');
  // One paragraph: a short line with numbers could be taken for a table row by readers.
  return processed > 0
    ? `本年度收到和处理政府信息公开申请的情况见下表。本年度办结的申请中，予以公开${n(f, 'table3.granted.total')}件，部分公开${n(f, 'table3.partialGrant.total')}件，不予公开${denied}件，无法提供${unable}件，不予处理${notProcessed}件，其他处理${other}件。`
    : '本年度收到和处理政府信息公开申请的情况见下表。';
}

function reviewLitigation(f: NarrativeFacts): string {
  const g = (group: string, col: string) => n(f, `table4.${group}.${col}`);
  const rec = g('reconsideration', 'total');
  const direct = g('litigationDirect', 'total');
  const after = g('litigationAfterReconsideration', 'total');
  if (rec === 0 && direct + after === 0) return '本年度未发生因政府信息公开引起的行政复议和行政诉讼。';
  const parts = (group: string) =>
    `其中结果维持${g(group, 'upheld')}件、结果纠正${g(group, 'corrected')}件、其他结果${g(group, 'other')}件、尚未审结${g(group, 'pending')}件`;
  const reconsideration = rec === 0 ? '本年度未发生因政府信息公开引起的行政复议。' : `本年度因政府信息公开工作被申请行政复议${rec}件，${parts('reconsideration')}。`;
  const litigation =
    direct + after === 0
      ? '本年度未发生因政府信息公开引起的行政诉讼。'
      : `本年度因政府信息公开工作被提起行政诉讼${direct + after}件。未经复议直接起诉的${direct}件，${parts('litigationDirect')}；复议后起诉的${after}件，${parts('litigationAfterReconsideration')}。`;
  return `${reconsideration}${litigation}`;
}

function problems(f: NarrativeFacts): string {
  const corrected = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].reduce((s, g) => s + n(f, `table4.${g}.corrected`), 0);
  const first =
    f.answered.late > 0
      ? `一是办理时限管理有待加强，本年度有${f.answered.late}件申请超过法定期限答复。`
      : '一是依申请公开办理的规范化水平仍需提升，答复文书的格式和说理有待进一步统一。';
  const second =
    corrected > 0 ? `二是依法答复的能力有待提高，本年度复议、诉讼结果被纠正的共${corrected}件。` : '二是政府信息公开工作人员的业务能力有待进一步提高。';
  return [
    '（一）存在的主要问题',
    `${first}${second}`,
    '（二）改进情况',
    '一是加强申请登记、办理、答复全流程的期限管理，对临近期限的申请提前提醒，确保在法定期限内答复。二是加强业务培训和案例学习，规范答复文书，提升依法答复水平。',
  ].join('\n');
}

function otherMatters(f: NarrativeFacts): string {
  const lines: string[] = [];
  if (f.format === '2021') {
    lines.push(
      '（一）收取信息处理费情况',
      `根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），${f.year}年度，本机关${f.fees.count > 0 ? `收取信息处理费${f.fees.count}笔，共计${f.fees.yuan}元` : '未收取信息处理费'}。`,
      '（二）其他事项',
    );
  }
  lines.push('本报告第三部分、第四部分的数据由依申请公开办理登记和行政复议、行政诉讼台账统计生成。');
  return lines.join('\n');
}

/** The six sections, keyed as the canonical report keys them. */
export function draftReportSections(facts: NarrativeFacts): Record<SectionKey, string> {
  return {
    overview: overview(facts),
    proactiveDisclosure: proactive(facts),
    applications: applications(facts),
    reviewLitigation: reviewLitigation(facts),
    problemsImprovements: problems(facts),
    otherMatters: otherMatters(facts),
  };
}
