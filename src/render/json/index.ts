/**
 * @module JSON renderer: the canonical report document (`gongkai.report/1`),
 * validated by `schema/report.schema.json` and read back by `ingest/own/read-json`.
 */
import type { Renderer } from '../renderer.js';
import { reportToJson } from './canonical.js';

export { canonicalReport, reportToJson } from './canonical.js';

export const jsonRenderer: Renderer = {
  id: 'json',
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  render: (report) => Promise.resolve(new TextEncoder().encode(reportToJson(report))),
};
