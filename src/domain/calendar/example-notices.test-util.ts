/**
 * Invented notices for tests, shaped as an administrator would write real ones:
 * a national notice for 2027 and a regional overlay. Their days are made up.
 */

/** A national notice for 2027: 元旦 01-01..03, 春节 02-05..`springEnd` with 01-31 worked. */
export function exampleNotice2027(springEnd = '2027-02-13'): Record<string, unknown> {
  return {
    schema: 'gongkai.calendar/1',
    kind: 'national',
    year: 2027,
    notice: { issuer: '国务院办公厅', number: '国办发明电〔2026〕99号', title: '国务院办公厅关于2027年部分节假日安排的通知', published: '2026-11-10' },
    holidays: [
      { name: '元旦', off: [{ from: '2027-01-01', to: '2027-01-03' }] },
      { name: '春节', off: [{ from: '2027-02-05', to: springEnd }], workdays: ['2027-01-31'] },
    ],
  };
}

/** A regional overlay of 示例自治州: `off` a day off, `workday` an extra working Saturday or Sunday. */
export function exampleOverlay(year: number, off: string, workday?: string): Record<string, unknown> {
  return {
    schema: 'gongkai.calendar/1',
    kind: 'regional',
    region: '示例自治州',
    year,
    notice: { issuer: '示例自治州人民政府', number: null, title: `关于${year}年示例节放假的通知（测试用例）`, published: `${year - 1}-12-01` },
    holidays: [{ name: '示例节', off: [{ from: off, to: off }], workdays: workday ? [workday] : [] }],
  };
}
