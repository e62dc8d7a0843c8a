import { describe, expect, it } from 'vitest';
import { decodeBoolean, decodeDate, decodeJson, decodeNumber, encodeBoolean, encodeBytes, encodeDate, encodeJson } from './codecs.js';

describe('codecs', () => {
  it('stores dates as sortable UTC text and reads either engine’s form', () => {
    const d = new Date('2026-01-02T03:04:05.006Z');
    expect(encodeDate(d)).toBe('2026-01-02T03:04:05.006Z');
    expect(decodeDate('2026-01-02T03:04:05.006Z')).toEqual(d);
    expect(decodeDate(d)).toBe(d);
    expect(decodeDate('2026-01-02 03:04:05')).toEqual(new Date('2026-01-02T03:04:05Z'));
    expect(() => decodeDate('yesterday')).toThrow();
    expect(() => encodeDate(new Date(Number.NaN))).toThrow();
  });

  it('sends JSON as text and reads text or parsed values', () => {
    expect(encodeJson(['甲', 1])).toBe('["甲",1]');
    expect(decodeJson('["甲",1]')).toEqual(['甲', 1]);
    expect(decodeJson(['甲', 1])).toEqual(['甲', 1]);
    expect(decodeJson(null)).toBeNull();
    expect(() => encodeJson(undefined)).toThrow();
  });

  it('maps booleans to what each engine can bind', () => {
    expect(encodeBoolean(true, 'sqlite')).toBe(1);
    expect(encodeBoolean(false, 'postgres')).toBe(false);
    expect([1, true, 't', '1'].map(decodeBoolean)).toEqual([true, true, true, true]);
    expect([0, false, 'f', null].map(decodeBoolean)).toEqual([false, false, false, false]);
  });

  it('reads counts given as strings (PostgreSQL bigint)', () => {
    expect(decodeNumber('42')).toBe(42);
    expect(decodeNumber(42n)).toBe(42);
    expect(() => decodeNumber('x')).toThrow();
  });

  it('wraps bytes without copying', () => {
    const u = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
    const b = encodeBytes(u);
    expect([...b]).toEqual([2, 3]);
    expect(b.buffer).toBe(u.buffer);
  });
});
