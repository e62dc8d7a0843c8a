import { describe, expect, it } from 'vitest';
import { applicantKey, applicantProblems, isValidResidentId, type Applicant } from './applicant.js';

const person: Applicant = { kind: 'naturalPerson', name: '张三', idProof: { type: 'residentIdCard', number: '11010519491231002X' }, contact: { email: 'a@example.org' } };

describe('applicants', () => {
  it('checks the 居民身份证 check character (GB 11643)', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
  });

  it('accepts a complete applicant and lists every problem of an incomplete one', () => {
    expect(applicantProblems(person)).toEqual([]);
    const bad = applicantProblems({ kind: 'naturalPerson', name: ' ', idProof: { type: 'uscc', number: '' }, contact: {} });
    expect(bad.map((m) => m.zh)).toEqual(['缺少申请人姓名或名称', '缺少身份证明号码', '自然人不能以统一社会信用代码作为身份证明', '缺少联系方式（电话、电子邮箱或地址）']);
    expect(applicantProblems({ ...person, kind: 'commercial', idProof: { type: 'uscc', number: '91350100M000100Y43' } })).toEqual([]);
    expect(applicantProblems({ ...person, kind: 'commercial', idProof: { type: 'uscc', number: '91350100M000100Y44' } })[0]?.zh).toContain('校验不通过');
  });

  it('identifies the same applicant across spellings of the number, for fees per applicant', () => {
    expect(applicantKey(person)).toBe(applicantKey({ ...person, idProof: { type: 'residentIdCard', number: ' 11010519491231002x ' } }));
  });
});

describe('problems never quote a personal identity number', () => {
  it('names the check that failed, not the number', () => {
    const number = '110101199003071234';
    const problems = applicantProblems({ kind: 'naturalPerson', name: '张三', idProof: { type: 'residentIdCard', number }, contact: { phone: '13800000000' } });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(`${p.zh} ${p.en}`).not.toContain(number);
  });
});
