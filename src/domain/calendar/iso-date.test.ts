import { describe, expect, it } from 'vitest';
import { isGongkaiError } from '../shared/errors.js';
import { addDays, isIsoDate, parseIsoDate, weekday, weekdayZh, type IsoDate } from './iso-date.js';

describe('ISO dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-9-27')).toBe(false);
    expect(isIsoDate(20240927)).toBe(false);
  });

  it('reads the forms people type, and refuses the rest with INVALID_DATE in both languages', () => {
    expect(parseIsoDate('2024-9-27')).toBe('2024-09-27');
    expect(parseIsoDate('2024/09/27')).toBe('2024-09-27');
    expect(parseIsoDate('2024年9月27日')).toBe('2024-09-27');
    expect(parseIsoDate('２０２４－０９－２７')).toBe('2024-09-27');
    for (const bad of ['2024-02-30', 'tomorrow', '', '27/09/2024']) {
      try {
        parseIsoDate(bad, { zh: '起算日', en: 'The start date' });
        expect.fail(bad);
      } catch (e) {
        expect(isGongkaiError(e) && e.code).toBe('INVALID_DATE');
        expect(isGongkaiError(e) && e.zh).toContain('起算日');
        expect(isGongkaiError(e) && e.en).toContain('The start date');
      }
    }
  });

  it('knows weekdays (2024-09-27 was a Friday, 1970-01-01 a Thursday) and steps across months and years', () => {
    expect(weekday('2024-09-27' as IsoDate)).toBe(5);
    expect(weekday('1970-01-01' as IsoDate)).toBe(4);
    expect(weekday('1969-12-28' as IsoDate)).toBe(7);
    expect(weekdayZh('2024-09-29' as IsoDate)).toBe('星期日');
    expect(addDays('2024-12-31' as IsoDate, 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01' as IsoDate, -1)).toBe('2024-02-29');
  });
});
