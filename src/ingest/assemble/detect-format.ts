/**
 * @module Which statutory format a document uses (domain.md §1.6): Table-2
 * header words, the 第二十条第(九)项 caption, and Table 3's (六)其他处理 rows.
 */
import type { FormatId } from '../../domain/annual-report/columns.js';
import type { TokenForms } from './token-forms.js';

const T2_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'];
const T2_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '第二十条第九项', '采购项目数量', '采购总金额', '政府集中采购'];
const T3_2021 = ['逾期不补正', '逾期未按收费通知'];
/** Any of the words above: one test passes most cells by. */
const ANY_WORD_RE = new RegExp([...T2_2021, ...T2_2019, ...T3_2021].join('|'));

export interface FormatSignals {
  readonly table2: FormatId | null;
  readonly table3: FormatId | null;
}

export function detectFormat(doc: TokenForms, from = 0): FormatSignals {
  const { tokens } = doc;
  let t2019 = 0;
  let t2021 = 0;
  let t3of2021 = false;
  let t3of2019 = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Value cells hold none of the words looked for.
    if (t.kind !== 'cell' || t.text.length > 80 || doc.values(i)) continue;
    const b = doc.bare(i);
    if (ANY_WORD_RE.test(b)) {
      if (T2_2021.some((s) => b.includes(s))) t2021++;
      if (T2_2019.some((s) => b.includes(s))) t2019++;
      if (T3_2021.some((s) => b.includes(s))) t3of2021 = true;
    }
    if (!t3of2019 && doc.core(i).endsWith('其他处理')) {
      // 2019: (六)其他处理 is a data row, so numbers follow it directly.
      for (let k = i + 1; k < tokens.length; k++) {
        const n = tokens[k]!;
        if (n.kind === 'gap' || n.kind === 'rowEnd') continue;
        const v = doc.values(k);
        if (v?.some((x) => x.kind === 'number')) t3of2019 = true;
        if (!v || v.some((x) => x.kind === 'number')) break;
      }
    }
  }
  const table2: FormatId | null = t2021 > t2019 ? '2021' : t2019 > t2021 ? '2019' : null;
  const table3: FormatId | null = t3of2021 ? '2021' : t3of2019 ? '2019' : null;
  return { table2, table3 };
}
