/**
 * @module `gongkai agencies import FILE` (CSV or XLSX agency list into the tree)
 * and `gongkai agencies list` (the tree, indented).
 */
import type { Command } from 'commander';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';

const FORMAT_HELP = `
文件格式 / file format — CSV（UTF-8 或 GBK）或 XLSX（第一个工作表），首行为列名 / CSV (UTF-8 or GBK) or XLSX (first sheet), the first row names the columns:

  名称              必填。机关名称 / required: the agency's name
  上级              上级机关的名称；重名时写路径“河北省/邯郸市”或其统一社会信用代码；顶级留空
                    / the parent by name, by path (河北省/邯郸市) when names repeat, or by credit code; empty for a root
  层级              必填：省、市、县（区、旗）、部门、乡镇（街道）/ required: province, city, county, department, township
  统一社会信用代码  可选，18 位，校验位须正确 / optional, 18 characters with a valid check character
  别名              可选，多个用“、”或“;”分隔 / optional, several separated by 、 or ;

示例 / example (agencies.csv):
  名称,上级,层级,统一社会信用代码,别名
  河北省,,省,,
  邯郸市,河北省,市,,
  成安县,河北省/邯郸市,县,,成安、成安县人民政府
  成安县教育局,成安县,部门,,

导入后，待匹配队列中的报告会按新的机关树重新匹配。/ Afterwards the unmatched reports are matched again against the new tree.

上级可以写在下级之后。整个文件在一个事务中导入：任何一行有错，什么都不会保存。再次导入同一文件不会重复创建；
已有机关按统一社会信用代码或“上级+名称”识别并更新，别名只增不减。
Parents may come after their children. The whole file is one transaction: a bad row stores nothing. Importing
the same file again creates nothing twice; existing agencies (by credit code, else parent + name) are updated
and aliases are only ever added.`;

export function registerAgencies(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  const agencies = program.command('agencies').description('机关树：导入、查看 / the agency tree: import, list');

  agencies
    .command('import')
    .description('从 CSV 或 XLSX 导入机关 / import agencies from CSV or XLSX')
    .argument('<file>', '机关表 / agency list')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .addHelpText('after', FORMAT_HELP)
    .action((file: string, opts: { db?: string }) => run(async () => (await import('../db/agency-actions.js')).importAgencyFile(file, opts)));

  agencies
    .command('list')
    .description('按层级缩进列出机关树 / print the agency tree, indented')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--json', '输出 JSON / print JSON')
    .action((opts: { db?: string; json?: boolean }) => run(async () => (await import('../db/agency-actions.js')).listAgencyTree(opts)));
}
