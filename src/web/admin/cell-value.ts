/**
 * @module A cell value typed by a person: blank is `null` (the document's cell
 * was blank), otherwise a number (full-width digits and thousands separators
 * tolerated). Anything else is INVALID_VALUE.
 */
import type { CellValue } from '../../domain/annual-report/report.js';
import { GongkaiError } from '../../domain/shared/errors.js';

export function parseCellValue(text: string): CellValue {
  const t = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (!t) return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    throw new GongkaiError('INVALID_VALUE', { zh: `“${text}”不是数字。留空表示空白。`, en: `“${text}” is not a number. Leave it empty for a blank cell.` });
  }
  return Number(t);
}
