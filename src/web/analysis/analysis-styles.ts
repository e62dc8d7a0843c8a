/**
 * @module Styles of the analysis pages, inside their `<main>` (the site stylesheet is shared):
 * charts scale to the screen, wide tables scroll in their box, marks are more than colour.
 */
export const ANALYSIS_CSS = `
.chart { margin: .5em 0 1em; }
.chart-image svg { width: 100%; height: auto; max-width: 45em; display: block; }
.chart figcaption { font-size: .9em; color: #333; }
.list td.num, .list th.num { text-align: right; font-variant-numeric: tabular-nums; }
.list td.missing { color: #555; font-style: italic; }
.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25em; padding: 0; margin: 0 0 .5em; }
.crumbs li + li::before { content: "›"; margin-right: .25em; color: #555; }
.year-nav ul, .inline-list { display: flex; flex-wrap: wrap; gap: .25em 1em; list-style: none; padding: 0; }
.tag { display: inline-block; border: 1px solid #7a5600; background: #fff4ce; padding: 0 .3em; font-size: .85em; margin-left: .25em; }
.tag-few::before { content: "! "; }
.sort-link { white-space: nowrap; }
.summary-list { display: flex; flex-wrap: wrap; gap: .25em 1.5em; padding: 0; }
.summary-list div { display: flex; gap: .25em; }
.summary-list dt::after { content: "："; }
.summary-list dd { margin: 0; font-weight: bold; }
`;
