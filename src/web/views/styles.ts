/**
 * @module The site stylesheet (after the report renderer's own): readable on a
 * phone, visible keyboard focus, wide tables scroll inside their box.
 */
export const SITE_CSS = `
body { max-width: 72em; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 0 1em 2em; }
.skip-link { position: absolute; left: -999em; top: 0; background: #fff; color: #0b3d91; padding: .5em 1em; z-index: 10; }
.skip-link:focus { left: .5em; }
a { color: #0b3d91; }
a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
/* A date field's focus is on its year, month or day inside it: the field shows it. */
input:focus-within { outline: 3px solid #f5a623; outline-offset: 2px; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5em 1em; border-bottom: 2px solid #0b3d91; padding: .75em 0; margin-bottom: 1em; }
.site-header .brand { font-weight: bold; font-size: 1.2em; text-decoration: none; }
.site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25em 1em; margin: 0; padding: 0; }
.site-header form { display: inline; }
.table-wrap { overflow-x: auto; }
main p { text-indent: 0; }
.report-body p { text-indent: 2em; }
.report-body table { display: block; overflow-x: auto; }
label { display: block; font-weight: bold; margin: .75em 0 .25em; }
input[type=text], input[type=password], input[type=number], select, textarea { font: inherit; padding: .4em; max-width: 100%; box-sizing: border-box; border: 1px solid #555; }
textarea { width: 100%; min-height: 5em; }
button { font: inherit; padding: .4em 1.2em; border: 2px solid #0b3d91; background: #0b3d91; color: #fff; cursor: pointer; margin-top: .75em; }
button.link { background: none; color: #0b3d91; border: none; padding: 0; margin: 0; text-decoration: underline; }
.notice { border-left: 5px solid #0b3d91; background: #eef3fb; padding: .5em 1em; margin: 1em 0; }
.error-box { border-left: 5px solid #b3261e; background: #fde2e1; padding: .5em 1em; margin: 1em 0; }
.filters { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: end; }
.list { border-collapse: collapse; width: 100%; }
.list th, .list td { border: 1px solid #999; padding: .35em .5em; text-align: left; }
.pager { display: flex; gap: 1em; margin: 1em 0; }
.downloads ul { display: flex; flex-wrap: wrap; gap: .5em 1em; list-style: none; padding: 0; }
.page-contents ol { display: flex; flex-wrap: wrap; gap: .25em 1.2em; padding-left: 1.2em; }
.page-contents h2 { font-size: 1em; margin-bottom: .25em; }
.hint { color: #444; font-size: .9em; margin: .25em 0; }
.field-error { color: #b3261e; font-weight: bold; margin: .25em 0; }
[aria-invalid="true"] { border: 2px solid #b3261e; }
button.danger { background: #b3261e; border-color: #b3261e; }
.agency-tree, .agency-tree ul { list-style: none; padding-left: 1.25em; border-left: 1px dotted #999; }
.agency-tree { padding-left: .5em; border-left: none; }
.agency-tree li { margin: .2em 0; }
.breadcrumb { list-style: none; display: flex; flex-wrap: wrap; gap: .25em; padding: 0; margin: 0; }
.breadcrumb li + li::before { content: "›"; margin-right: .25em; color: #444; }
ul.plain { list-style: none; padding: 0; margin: 0; }
.drop-zone { border: 3px dashed #0b3d91; padding: 1.5em 1em; margin: .75em 0; text-align: center; background: #f6f8fc; cursor: pointer; }
.drop-zone:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
.drop-zone.drag-over { background: #dfe8f7; border-style: solid; }
progress { width: 10em; }
td a.cell-link { color: inherit; text-decoration-style: dotted; display: inline-block; min-width: 1.5em; }
td:target, .cell-source:target { outline: 3px solid #f5a623; outline-offset: -3px; background: #fff4d6; }
.cell-sources { list-style: none; padding: 0; }
.cell-source { border: 1px solid #bbb; padding: .4em .75em; margin: .5em 0; scroll-margin-top: 1em; }
.cell-source dl { display: flex; flex-wrap: wrap; gap: .1em 1.5em; margin: .25em 0; }
.cell-source dl div { display: flex; gap: .25em; }
.cell-source dt::after { content: "："; }
.cell-source dd { margin: 0; }
.source-lines { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .85em; background: #f4f4f4; margin: .25em 0; padding: .25em .5em .25em 4em; }
.source-lines code { white-space: pre-wrap; word-break: break-all; }
.source-lines li.hit { background: #fff0b3; font-weight: bold; }
.source-lines .hit mark { background: #ffe08a; color: #000; }
`;
