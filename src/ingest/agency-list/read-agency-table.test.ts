import { describe, expect, it } from 'vitest';
import { isGongkaiError } from '../../domain/shared/errors.js';
import { agencyRowsFromTable, readAgencyTable } from './read-agency-table.js';

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return isGongkaiError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

describe('reading an agency list', () => {
  it('finds the columns by name in any order, and splits aliases', () => {
    const rows = agencyRowsFromTable([
      ['别名', '层级', '名称', '上级'],
      ['成安、成安县政府;成安县人民政府', '县', '成安县', '邯郸市'],
      ['', '', '', ''],
      ['', '市', '邯郸市', ''],
    ]);
    expect(rows).toEqual([
      { line: 2, name: '成安县', parent: '邯郸市', level: 'county', uscc: null, aliases: ['成安', '成安县政府', '成安县人民政府'] },
      { line: 4, name: '邯郸市', parent: null, level: 'city', uscc: null, aliases: [] },
    ]);
  });

  it('reads GBK CSV with a BOM-less header', async () => {
    const gbk = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb2, 0xe3, 0xbc, 0xb6, 0x0a, 0xcf, 0xd8, 0x2c, 0xcf, 0xd8, 0x0a]);
    // 名称,层级 / 县,县
    expect(await readAgencyTable(new Uint8Array(gbk))).toEqual([{ line: 2, name: '县', parent: null, level: 'county', uscc: null, aliases: [] }]);
  });

  it('says which column or line is wrong', async () => {
    expect(await code(readAgencyTable(new TextEncoder().encode('名字,层级\n甲,县\n')))).toBe('INVALID_VALUE');
    expect(await code(readAgencyTable(new TextEncoder().encode('名称,层级\n甲,星系\n')))).toBe('INVALID_VALUE');
    expect(await code(readAgencyTable(new TextEncoder().encode('名称,层级\n"甲,县\n')))).toBe('INVALID_VALUE');
    expect(await code(readAgencyTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])))).toBe('INPUT_UNREADABLE');
  });
});
