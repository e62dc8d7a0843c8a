import { describe, expect, it } from 'vitest';
import { parseAgencyLevel } from './parse-agency-level.js';

describe('parseAgencyLevel', () => {
  it('reads the words agency lists use, and the stored keys', () => {
    expect(parseAgencyLevel('省')).toBe('province');
    expect(parseAgencyLevel('地级市')).toBe('city');
    expect(parseAgencyLevel('区')).toBe('county');
    expect(parseAgencyLevel('县级市')).toBe('county');
    expect(parseAgencyLevel('部门')).toBe('department');
    expect(parseAgencyLevel('街道')).toBe('township');
    expect(parseAgencyLevel(' Township ')).toBe('township');
  });

  it('returns null for anything else', () => {
    expect(parseAgencyLevel('星系')).toBeNull();
    expect(parseAgencyLevel('')).toBeNull();
  });
});
