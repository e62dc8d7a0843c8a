/**
 * @module The embedded stylesheet: plain, print-first (A4, black borders,
 * repeated table heads, no page breaks inside rows), CJK serif body text.
 * Findings are marked by more than colour (outline style and a symbol).
 */
export const STYLESHEET = `
@page { size: A4 portrait; margin: 20mm 18mm; }
html { color: #000; background: #fff; }
body {
  margin: 0 auto; max-width: 60em; padding: 1.5em;
  font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif;
  font-size: 16px; line-height: 1.75;
}
h1, h2 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
h1 { text-align: center; font-size: 1.6em; line-height: 1.4; margin: 0 0 .75em; }
h2 { font-size: 1.15em; margin: 1.5em 0 .5em; break-after: avoid; }
p { text-indent: 2em; margin: 0 0 .5em; }
.meta { display: flex; flex-wrap: wrap; justify-content: center; gap: .25em 1.5em; margin: 0 0 1.5em; }
.meta div { display: flex; gap: .25em; }
.meta dt::after { content: "："; }
.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .75em 0 1.25em; font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 13px; line-height: 1.4; }
caption { font-weight: bold; padding-bottom: .4em; }
th, td { border: 1px solid #000; padding: .25em .4em; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th[scope="row"], th[scope="rowgroup"] { text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.note { font-size: .92em; text-align: left; }
thead { display: table-header-group; }
tr, th, td { break-inside: avoid; }
.table-note { text-indent: 0; font-size: .92em; }
.finding-error { background: #fde2e1; outline: 2px solid #b3261e; outline-offset: -2px; }
.finding-warning { background: #fff4ce; outline: 2px dashed #7a5600; outline-offset: -2px; }
td.finding-error::before { content: "✕ "; }
td.finding-warning::before { content: "! "; }
.findings ol { padding-left: 1.5em; }
.findings li { margin: .25em 0; outline: none; background: none; }
.findings code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .9em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; }
  table { font-size: 9pt; }
  .finding-error, .finding-warning { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
