import { describe, expect, it } from 'vitest';
import { treeOrder } from './tree-order.js';

describe('treeOrder', () => {
  it('puts each agency before the agencies below it, siblings by name', () => {
    const nodes = [
      { id: 5, parentId: 2, name: '乙县财政局' },
      { id: 2, parentId: 1, name: '乙县' },
      { id: 3, parentId: 1, name: '甲县' },
      { id: 1, parentId: null, name: '示范市' },
      { id: 4, parentId: 2, name: '乙县教育局' },
      { id: 9, parentId: 8, name: '别处' },
    ];
    const sorted = [...['乙县', '甲县']].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const out = treeOrder(1, nodes).map((n) => [n.name, n.depth]);
    const county = (name: string) => (name === '乙县' ? [['乙县', 1], ...[['乙县教育局', 2], ['乙县财政局', 2]].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'zh-CN'))] : [['甲县', 1]]);
    expect(out).toEqual([['示范市', 0], ...sorted.flatMap(county)]);
    expect(treeOrder(7, nodes)).toEqual([]);
  });

  it('survives a cycle', () => {
    const out = treeOrder(1, [
      { id: 1, parentId: 2, name: 'a' },
      { id: 2, parentId: 1, name: 'b' },
    ]);
    expect(out.map((n) => n.id)).toEqual([1, 2]);
  });
});
