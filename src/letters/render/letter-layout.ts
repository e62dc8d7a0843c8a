/**
 * @module What the HTML and DOCX renderers share: the page of an official
 * letter (A4, GB/T 9704 margins, 仿宋 三号 body, 小标宋/宋体 二号 title) and
 * the printed words around the body.
 */

/** A4 in millimetres, with the margins of GB/T 9704 (top 37, bottom 35, left 28, right 26). */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;

/** The seal box: an official seal is 42 mm across; the box leaves a little room around it. */
export const SEAL_BOX_MM = 45;

/** Font families, best first: what Word on an agency PC has, then what a Linux server has. */
export const FONTS = {
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  table: ['宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC'],
} as const;

/** Words printed around the body. */
export const WORDS = {
  seal: '盖章处',
  attachments: '附件：',
  /** The addressee line ends with a full-width colon. */
  salutation: (name: string): string => `${name}：`,
  reference: (ref: string): string => `文号：${ref}`,
} as const;

/** `1. 名称` lines of the attachments. */
export function attachmentLines(attachments: readonly string[]): string[] {
  return attachments.map((a, i) => (attachments.length === 1 ? a : `${i + 1}. ${a}`));
}
