import { describe, expect, it } from 'vitest';
import { parseCellValue } from './cell-value.js';
import { safeNext } from './auth-routes.js';

describe('parseCellValue', () => {
  it('reads blanks as null and numbers leniently', () => {
    expect(parseCellValue('')).toBeNull();
    expect(parseCellValue('  ')).toBeNull();
    expect(parseCellValue('12')).toBe(12);
    expect(parseCellValue('１，２３４')).toBe(1234);
    expect(parseCellValue('88.78')).toBe(88.78);
  });

  it('refuses anything else with INVALID_VALUE', () => {
    expect(() => parseCellValue('三')).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(() => parseCellValue('1e3')).toThrow();
  });
});

describe('safeNext', () => {
  it('keeps local paths only', () => {
    expect(safeNext('/upload')).toBe('/upload');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
  });
});
