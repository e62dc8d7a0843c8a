/**
 * Masking personal data and writing case numbers.
 */
import { describe, expect, it } from 'vitest';
import { application } from './example-cases.test-util.js';
import { formatCaseNumber, normalizeCaseNumber } from './case-number.js';
import { maskAddress, maskApplicant, maskEmail, maskIdNumber, maskName, maskPhone } from './mask.js';

describe('masking', () => {
  it('keeps enough to tell applicants apart and too little to identify them', () => {
    expect(maskName('张三', true)).toBe('张*');
    expect(maskName('欧阳明月', true)).toBe('欧***');
    expect(maskName('示例科技有限公司', false)).toBe('示例科技有限公司');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('E1234567')).toBe('E1****67');
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskEmail('zhangsan@example.cn')).toBe('z***@example.cn');
    expect(maskAddress('内蒙古自治区乌兰察布市兴和县城关镇1号')).toBe('内蒙古自治区***');
    const masked = maskApplicant({ ...application().applicant, contact: { phone: '13800138000', email: 'a@b.cn', address: '兴和县城关镇' } });
    expect(JSON.stringify(masked)).not.toMatch(/张三|19491231|38001/);
    expect(maskApplicant(application('commercial').applicant).idProof.number).toBe('91350100M000100Y43');
  });
});

describe('case numbers', () => {
  it('are the agency, the year in 〔〕 and the serial; typed variants normalise to it', () => {
    expect(formatCaseNumber('兴和县人民政府', 2026, 12)).toBe('兴和县人民政府〔2026〕依申第12号');
    expect(normalizeCaseNumber(' 兴和县人民政府[2026]依申第12号 ')).toBe('兴和县人民政府〔2026〕依申第12号');
    expect(normalizeCaseNumber('兴和县人民政府（2026）依申第１２号')).toBe('兴和县人民政府〔2026〕依申第12号');
    expect(() => formatCaseNumber('某县', 2026, 0)).toThrow(/serial|序号/);
  });
});
