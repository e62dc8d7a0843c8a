/**
 * @module `gongkai letter --kind KIND --case FILE.json --to docx|pdf|html|json -o OUT`:
 * a letter to the applicant (or a consulted party) from a case file. The work
 * is in `cli/letters/letter-actions.ts`, loaded when the command runs.
 */
import type { Command } from 'commander';
import { DB_OPTION_FLAGS } from '../db/db-option.js';
import { LETTER_FORMATS, type LetterFlags } from '../letters/letter-flags.js';
import { LETTER_KINDS, LETTER_KIND_LABELS } from '../../letters/letter.js';

type Run = (fn: () => Promise<number>) => Promise<void>;

const KINDS_HELP = LETTER_KINDS.map((k) => `  ${k.padEnd(16)}${LETTER_KIND_LABELS[k]}`).join('\n');

export function registerLetter(program: Command, run: Run): void {
  program
    .command('letter')
    .description('依申请公开文书：受理回执、补正告知书、延期答复告知书、征求意见函、收费通知书、答复告知书 / letters of disclosure on application')
    .requiredOption('--kind <kind>', `文书种类（英文或中文名）/ the letter: ${LETTER_KINDS.join('|')}`)
    .requiredOption('--case <file>', '案件文件（JSON，gongkai.case/1），或 - / the case file (JSON), or -')
    .requiredOption('--to <format>', `输出格式 / output format: ${LETTER_FORMATS.join('|')}`)
    .option('-o, --output <file>', '输出文件；省略时写到标准输出 / output file; stdout when omitted')
    .option('--party <name>', '征求意见函：征求意见的对象（默认最后一个）/ consultation letter: the party consulted (default: the last one)')
    .option('--issued-on <date>', '成文日期（默认为相应事项之日）/ the letter’s date (default: the day of its step)')
    .option('--ref <text>', '文号（默认：案件编号-种类）/ reference number (default: case id and kind)')
    .option('--region <name>', '适用该地区的地方节假日（覆盖案件文件中的 region）/ apply this region’s local holidays')
    .option(DB_OPTION_FLAGS, '含已载入节假日通知的数据库（存在时才读取）/ the database with loaded holiday notices (read only if it exists)')
    .addHelpText(
      'after',
      `
文书种类 / kinds:
${KINDS_HELP}

答复告知书按案件的答复结果（或视为放弃）选用模板；撤回的申请没有答复告知书。
征求意见函不含申请人的姓名、证件号码和联系方式。PDF 需要 Chromium（apt-get install chromium fonts-noto-cjk）。
The decision letter follows the case's outcome (or abandonment); a withdrawn application has none.
A consultation letter never shows the applicant's name, ID number or contact. PDF needs Chromium.

案件文件 / case file (src/letters/case-file.ts has the full schema):
  { "schema": "gongkai.case/1",
    "agency": { "name": "某某县人民政府办公室", "phone": "…", "reconsiderationBody": "某某县人民政府",
                "court": "某某县人民法院", "feePayment": "…" },
    "events": [ { "type": "register", "on": "2024-09-27", "caseId": "2024-017", "application": {…},
                  "receipt": { "channel": "inPerson", "handedIn": "2024-09-27" } },
                { "type": "decide", "on": "2024-10-25", "outcome": "alreadyPublic" } ],
    "details": { "whereToFind": "本机关门户网站“政府信息公开”栏目" } }

示例 / examples:
  gongkai letter --kind acknowledgement --case case.json --to docx -o 受理回执.docx
  gongkai letter --kind 答复告知书 --case case.json --to pdf -o 答复告知书.pdf`,
    )
    .action((opts: LetterFlags) => run(async () => (await import('../letters/letter-actions.js')).writeLetter(opts)));
}
