import { describe, expect, it } from 'vitest';
import { gridColumns } from './table-grid.js';
import { isElement, type DomElement, type DomNode } from './dom.js';
import { parseHtml } from './html-tree.js';

function elements(node: DomNode, name: string): DomElement[] {
  const out: DomElement[] = [];
  for (const c of node.children ?? []) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    out.push(...elements(c, name));
  }
  return out;
}

function grid(html: string): number[][] {
  const rows = elements(parseHtml(`<table>${html}</table>`).root, 'tr');
  return gridColumns(rows.map((tr) => tr.children.filter((c): c is DomElement => isElement(c) && (c.name === 'td' || c.name === 'th'))));
}

describe('gridColumns', () => {
  it('counts column spans to the left and row spans from above', () => {
    expect(
      grid(
        '<tr><td colspan="3" rowspan="3">注</td><td colspan="7">申请人情况</td></tr>' +
          '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>' +
          '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>' +
          '<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td></tr>' +
          '<tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>2</td></tr>',
      ),
    ).toEqual([[0, 3], [3, 4, 9], [4, 5, 6, 7, 8], [0, 1, 3], [1, 2, 3]]);
  });

  it('survives absurd and missing spans', () => {
    expect(grid('<tr><td colspan="0">a</td><td rowspan="x">b</td></tr><tr><td>c</td></tr>')).toEqual([[0, 1], [0]]);
  });
});
