/**
 * @module Styles of the case pages: overdue and due-soon rows (marked in words
 * as well, never by colour alone), the printable receipt, event forms.
 */
export const CASES_CSS = `
.req { font-weight: normal; color: #444; }
fieldset { border: 1px solid #999; margin: 1em 0; padding: .5em 1em 1em; }
legend { font-weight: bold; padding: 0 .25em; }
.choices label { display: inline-flex; gap: .3em; font-weight: normal; margin: .25em 1em .25em 0; align-items: center; }
input[type=email], input[type=tel], input[type=date] { font: inherit; padding: .4em; max-width: 100%; box-sizing: border-box; border: 1px solid #555; }
.field input[type=text], .field input[type=email], .field input[type=tel], .field select { width: 28em; }
tr.overdue td { background: #fde2e1; }
tr.overdue .days { color: #8c1d18; font-weight: bold; }
tr.due-soon td { background: #fff4d6; }
.tag { display: inline-block; border: 1px solid currentColor; padding: 0 .3em; margin-right: .3em; font-size: .85em; }
.lookup-code { font-family: ui-monospace, Consolas, monospace; font-size: 1.6em; letter-spacing: .1em; border: 2px dashed #0b3d91; padding: .25em .5em; display: inline-block; }
.receipt dl, .case-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25em 1em; }
.receipt dt, .case-facts dt { font-weight: bold; }
.receipt dd, .case-facts dd { margin: 0; }
.event-forms details { border: 1px solid #bbb; margin: .5em 0; padding: .25em .75em; }
.event-forms summary { cursor: pointer; font-weight: bold; padding: .25em 0; }
.cases-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25em 1.25em; padding: 0; margin: .5em 0 1em; }
.cases-nav a[aria-current=page] { font-weight: bold; text-decoration: none; border-bottom: 3px solid currentColor; }
.table2-entry input[type=text] { font: inherit; padding: .3em; width: 9em; max-width: 100%; box-sizing: border-box; border: 1px solid #555; text-align: right; }
.table2-entry td { vertical-align: top; }
.timeline { padding-left: 1.25em; }
.timeline li { margin: .35em 0; }
@media (max-width: 40em) { .field input[type=text], .field input[type=email], .field input[type=tel], .field select { width: 100%; } }
@media print { .site-header, footer, .no-print, .skip-link { display: none; } .lookup-code { border-color: #000; } }
`;
