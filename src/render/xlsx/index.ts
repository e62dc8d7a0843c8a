/**
 * @module XLSX renderer (exceljs, ADR 0020). The library is loaded on first use.
 */
import type { Renderer } from '../renderer.js';

export const xlsxRenderer: Renderer = {
  id: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  render: async (report) => (await import('./render-xlsx.js')).reportToXlsx(report),
};
