import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Outcome } from '../domain/cases/outcome.js';
import type { CaseEvent } from '../domain/cases/case-events.js';
import { isGongkaiError } from '../domain/shared/errors.js';
import { composeLetter } from './compose-letter.js';
import { AGENCY, APPLICANT, DESCRIPTION, DETAILS, application, calendar, d, decidedCase, input, register } from './example-letters.test-util.js';
import { letterTexts, type Letter } from './letter.js';
import { LETTER_OUTCOMES } from './templates/index.js';

const all = (letter: Letter): string => letterTexts(letter).join('\n');
const keys = (letter: Letter): string[] => letter.legalBasis.map((c) => c.key);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isGongkaiError(e)) return e.code;
    throw e;
  }
  return 'no error';
}

describe('受理回执 (acknowledgement)', () => {
  it('gives the receipt day (Art. 31) and the answer deadline 20 working days on, across 国庆节 2024 (Art. 33 ¶2)', () => {
    // Received Fri 2024-09-27. Counting from the next day: 09-29 (Sun, worked) 1, 09-30 2,
    // 10-01…07 off, 10-08 3 … 10-11 6, 10-12 (Sat, worked) 7, 10-14 … 10-18 8–12,
    // 10-21 … 10-25 13–17, 10-28 18, 10-29 19, 10-30 20.
    const letter = composeLetter('acknowledgement', input([register('2024-09-27')]));
    const text = all(letter);
    expect(letter.title).toBe('政府信息公开申请受理回执');
    expect(keys(letter)).toEqual(expect.arrayContaining(['条例第三十一条', '条例第三十三条第二款']));
    expect(text).toContain('于2024年10月30日前作出答复');
    // The correction notice is due by the 7th working day: the make-up Saturday 10-12.
    expect(text).toContain('将于2024年10月12日前一次性告知');
    expect(text).toContain('以提交之日为收到申请之日');
    expect(letter.seal).toEqual({ agency: AGENCY.name, date: '2024-09-27', dateText: '2024年9月27日' });
    expect(letter.addressee).toEqual({ role: 'applicant', name: APPLICANT.name });
  });

  it('counts across 春节 2025 with its make-up Sunday and Saturday', () => {
    // Received Fri 2025-01-24: 01-26 (Sun, worked) 1, 01-27 2, 01-28…02-04 off, 02-05…02-07 3–5,
    // 02-08 (Sat, worked) 6, 02-10 7 … 02-14 11, 02-17…02-21 12–16, 02-24…02-27 17–20.
    const text = all(composeLetter('acknowledgement', input([register('2025-01-24')])));
    expect(text).toContain('于2025年2月27日前作出答复');
    expect(text).toContain('将于2025年2月10日前一次性告知');
  });

  it('says how the receipt day was fixed for each channel', () => {
    const online: CaseEvent = { ...register('2024-09-27', { ...application(), channel: 'online' }), receipt: { channel: 'online', submitted: d('2024-09-26'), confirmed: d('2024-09-27') } } as CaseEvent;
    const letter: CaseEvent = { ...register('2024-09-27', { ...application(), channel: 'letter' }), receipt: { channel: 'letter', mail: 'ordinary', arrived: d('2024-09-27'), confirmed: d('2024-09-27') } } as CaseEvent;
    expect(all(composeLetter('acknowledgement', input([online])))).toContain('您于2024年9月26日通过互联网渠道提交申请，双方于2024年9月27日确认');
    expect(all(composeLetter('acknowledgement', input([letter])))).toContain('以确认之日为收到申请之日');
  });

  it('lists the registration with the applicant’s contact (a letter to the applicant may show it)', () => {
    const letter = composeLetter('acknowledgement', input([register('2024-09-27')]));
    const fields = letter.blocks.find((b) => b.type === 'fields');
    expect(fields?.type === 'fields' && fields.rows.map((r) => r.label)).toContain('联系方式');
    expect(all(letter)).toContain(APPLICANT.phone);
    expect(all(letter)).not.toContain(APPLICANT.id);
  });

  it('names the regulation in full once, then as 《条例》', () => {
    const text = all(composeLetter('acknowledgement', input([register('2024-09-27')])));
    expect(text.split('《中华人民共和国政府信息公开条例》').length - 1).toBe(1);
    expect(text).toContain('（以下简称《条例》）第三十一条');
    expect(text).toContain('《条例》第三十三条第二款');
  });

  it('says 贵单位 to an organisation', () => {
    const text = all(composeLetter('acknowledgement', input([register('2024-09-27', application(undefined, 'commercial'))])));
    expect(text).toContain('贵单位提出的政府信息公开申请');
    expect(text).not.toMatch(/您/);
  });

  it('prints what people wrote verbatim: braces and brackets are no placeholders or citations', () => {
    const text = all(composeLetter('acknowledgement', input([register('2024-09-27', application('关于[[条例第三十条]]与{{您}}的文件'))])));
    expect(text).toContain('关于[[条例第三十条]]与{{您}}的文件');
  });
});

describe('补正告知书 (correction)', () => {
  const correction = (on: string, due: string): CaseEvent[] => [
    register('2024-09-27'),
    { type: 'requestCorrection', on: d(on), items: '请写明所需文件的名称或文号\n请写明文件的年份', dueOn: d(due) },
  ];

  it('lists the items, the due day, the restart of the period and what happens without a correction (Art. 30)', () => {
    const letter = composeLetter('correction', input(correction('2024-10-08', '2024-10-18')));
    const text = all(letter);
    expect(keys(letter)).toContain('条例第三十条');
    expect(letter.blocks).toContainEqual({ type: 'items', items: ['请写明所需文件的名称或文号', '请写明文件的年份'] });
    expect(text).toContain('请您于2024年10月18日前（含当日）');
    expect(text).toContain('答复期限自本机关收到补正的申请之日起计算');
    expect(text).toContain('视为放弃申请');
    expect(text).toContain('自收到申请之日起7个工作日内，一次性告知');
    expect(letter.issuedOn).toBe('2024-10-08');
  });

  it('does not claim the 7 working days when the notice came later (10-14 is the 8th)', () => {
    const letter = composeLetter('correction', input(correction('2024-10-14', '2024-10-25')));
    expect(all(letter)).not.toContain('7个工作日内');
    expect(all(letter)).toContain('现一次性告知');
    expect(letter.notes.map((n) => n.zh).join()).toContain('晚于收到申请后 7 个工作日');
  });
});

describe('延期答复告知书 (extension)', () => {
  const events: CaseEvent[] = [
    register('2024-09-27'),
    { type: 'extend', on: d('2024-10-24'), workdays: 20, approver: '李主任', reason: '需要调取档案并审查', applicantNotifiedOn: d('2024-10-25') },
  ];

  it('gives the reason, the 20 working days and the new deadline, dated the day the applicant is told (Art. 33 ¶2)', () => {
    // 2024-10-30 + 20 working days: 10-31 1, 11-01 2, 11-04…08 3–7, 11-11…15 8–12, 11-18…22 13–17, 11-25…27 18–20.
    const letter = composeLetter('extension', input(events));
    const text = all(letter);
    expect(keys(letter)).toEqual(['条例第三十三条第二款']);
    expect(text).toContain('因需要调取档案并审查，本机关不能在2024年10月30日前作出答复');
    expect(text).toContain('答复期限延长20个工作日，本机关将于2024年11月27日前作出答复');
    expect(text).toContain('经本机关政府信息公开工作机构负责人同意');
    expect(letter.issuedOn).toBe('2024-10-25');
  });

  it('does not print the approver’s name', () => {
    expect(all(composeLetter('extension', input(events)))).not.toContain('李主任');
  });

  it('is the same letter when printed after the case was decided', () => {
    const later = [...events, { type: 'decide', on: d('2024-11-20'), outcome: 'disclosed' } as CaseEvent];
    expect(composeLetter('extension', input(later))).toEqual(composeLetter('extension', input(events)));
  });
});

describe('征求意见函 (consultation)', () => {
  const consult = (party: 'thirdParty' | 'agency', receivedByPartyOn?: string, description?: string): CaseEvent[] => [
    register('2024-09-27', application(description)),
    { type: 'consult', on: d('2024-09-30'), party, name: party === 'thirdParty' ? '某某建设有限公司' : '某某县教育局', ...(receivedByPartyOn ? { receivedByPartyOn: d(receivedByPartyOn) } : {}) },
  ];

  it('asks a third party for its opinion within 15 working days (Art. 32)', () => {
    // Sent and received Mon 2024-09-30: 10-01…07 off, 10-08 1 … 10-11 4, 10-12 (Sat, worked) 5, 10-14…18 6–10, 10-21…25 11–15.
    const letter = composeLetter('consultation', input(consult('thirdParty')));
    const text = all(letter);
    expect(letter.title).toBe('政府信息公开征求第三方意见函');
    expect(letter.addressee).toEqual({ role: 'thirdParty', name: '某某建设有限公司' });
    expect(keys(letter)).toContain('条例第三十二条');
    expect(text).toContain('15个工作日内（本函于2024年9月30日送达的，即于2024年10月25日前）');
    expect(text).toContain(`申请公开的政府信息为：“${DESCRIPTION}”`);
  });

  it('counts from the day the party received the letter', () => {
    // Received Tue 2024-10-08: 10-09…11 1–3, 10-12 4, 10-14…18 5–9, 10-21…25 10–14, 10-28 15.
    expect(all(composeLetter('consultation', input(consult('thirdParty', '2024-10-08'))))).toContain('即于2024年10月28日前');
  });

  it('tells another agency that silence counts as consent (Art. 34)', () => {
    const letter = composeLetter('consultation', input(consult('agency')));
    expect(keys(letter)).toContain('条例第三十四条');
    expect(all(letter)).toContain('逾期未提出意见的，视为同意公开');
  });

  it('never shows the applicant’s identity or contact, even when the description quotes them', () => {
    const quoting = `${APPLICANT.name}（身份证号${APPLICANT.id}，电话${APPLICANT.phone}，${APPLICANT.email}，住${APPLICANT.address}）要求公开的拆迁补偿协议`;
    for (const party of ['thirdParty', 'agency'] as const) {
      const letter = composeLetter('consultation', input(consult(party, undefined, quoting)));
      const text = all(letter);
      for (const secret of Object.values(APPLICANT)) expect(text).not.toContain(secret);
      expect(text).toContain('拆迁补偿协议');
      expect(letter.notes.map((n) => n.zh).join()).toContain('已以＊＊＊隐去');
    }
  });

  it('picks the consultation of the named party, and refuses an unknown one', () => {
    const events: CaseEvent[] = [...consult('thirdParty'), { type: 'consult', on: d('2024-10-08'), party: 'agency', name: '某某县教育局' }];
    expect(composeLetter('consultation', input(events)).addressee.name).toBe('某某县教育局');
    expect(composeLetter('consultation', input(events, { party: '某某建设有限公司' })).addressee.name).toBe('某某建设有限公司');
    expect(codeOf(() => composeLetter('consultation', input(events, { party: '无此单位' })))).toBe('LETTER_UNAVAILABLE');
  });
});

describe('收费通知书 (fee)', () => {
  it('charges per volume with each band’s rate, 20 working days to pay, and how to pay (109号)', () => {
    // 250 pages: 1–30 free, 31–100 70×10 = 700, 101–200 100×20 = 2 000, 201–250 50×40 = 2 000; total 4 700.
    // Delivered Mon 2024-09-30; 20 working days from the next day: 10-08 1 … 10-25 15, 10-28 16 … 11-01 20.
    const events: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 }];
    const letter = composeLetter('fee', input(events));
    const text = all(letter);
    expect(keys(letter)).toEqual(expect.arrayContaining(['条例第四十二条第一款', '收费办法', '收费办法第三条']));
    expect(text).toContain('应缴金额：4,700元（人民币肆仟柒佰元整）');
    expect(text).toContain('即于2024年11月1日前）缴纳');
    expect(text).toContain(AGENCY.feePayment);
    expect(text).toContain('逾期未缴纳的，视为放弃申请');
    const table = letter.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['第1—30页', '30页', '0', '0'],
      ['第31—100页', '70页', '10', '700'],
      ['第101—200页', '100页', '20', '2,000'],
      ['第201—250页', '50页', '40', '2,000'],
      ['合计', '250页', '', '4,700'],
    ]);
  });

  it('charges the 31st application of a month 200 yuan per application', () => {
    const events: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perApplication', countInMonth: 31 }, amountYuan: 200 }];
    const letter = composeLetter('fee', input(events));
    expect(keys(letter)).toContain('收费办法第四条');
    expect(all(letter)).toContain('在2024年9月向本机关提出的第31件政府信息公开申请，按每件200元计收');
    expect(all(letter)).toContain('人民币贰佰元整');
  });

  it('needs the way to pay', () => {
    const events: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perApplication', countInMonth: 11 }, amountYuan: 100 }];
    const { feePayment: _, ...agency } = AGENCY;
    expect(() => composeLetter('fee', input(events, { agency }))).toThrow(/agency\.feePayment/);
  });
});

/** The article each answer rests on: Art. 36–39, 30, 35 and 109号, written out independently of the templates. */
const OUTCOME_ARTICLE: Readonly<Record<string, string>> = {
  alreadyPublic: '条例第三十六条第（一）项',
  disclosed: '条例第三十六条第（二）项',
  partiallyDisclosed: '条例第三十七条',
  'refused:stateSecret': '条例第十四条',
  'refused:lawForbidden': '条例第十四条',
  'refused:securityStability': '条例第十四条',
  'refused:thirdPartyRights': '条例第十五条',
  'refused:internalAffairs': '条例第十六条第一款',
  'refused:processInfo': '条例第十六条第二款',
  'refused:enforcementFile': '条例第十六条第二款',
  'refused:adminQuery': '条例第三十六条第（三）项',
  notExist: '条例第三十六条第（四）项',
  notThisAgency: '条例第三十六条第（五）项',
  needsCreation: '条例第三十八条',
  unclearAfterCorrection: '条例第三十条',
  'notProcessed:petition': '条例第三十九条第一款',
  'notProcessed:repeat': '条例第三十六条第（六）项',
  'notProcessed:publication': '条例第三十九条第二款',
  'notProcessed:massive': '条例第三十五条',
  'notProcessed:confirm': '条例第三十八条',
  specialLaw: '条例第三十六条第（七）项',
  abandonedNoCorrection: '条例第三十条',
  abandonedNoFee: '收费办法',
};

describe('答复告知书 (decision)', () => {
  it('exists for every outcome of domain.md §3.4 but a withdrawal', () => {
    expect([...LETTER_OUTCOMES].sort()).toEqual(OUTCOMES.filter((o) => o !== 'otherClosed').sort());
  });

  for (const outcome of LETTER_OUTCOMES) {
    it(`${outcome}: cites ${OUTCOME_ARTICLE[outcome]} and states the remedies`, () => {
      const letter = composeLetter('decision', input(decidedCase(outcome as Exclude<Outcome, 'otherClosed'>)));
      const text = all(letter);
      expect(letter.outcome).toBe(outcome);
      expect(keys(letter)).toContain(OUTCOME_ARTICLE[outcome]);
      if (outcome.startsWith('refused:')) expect(keys(letter)).toContain('条例第三十六条第（三）项');
      expect(keys(letter)).toEqual(expect.arrayContaining(['条例第五十一条', '行政复议法第二十条', '行政诉讼法第四十六条']));
      expect(text).toContain('自收到本告知书之日起60日内向某某县人民政府申请行政复议');
      expect(text).toContain('自收到本告知书之日起6个月内向某某县人民法院提起行政诉讼');
      expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]|＿/);
      expect(letter.seal.date).toBe(letter.issuedOn);
      expect(letter.notes.map((n) => n.zh).join()).toContain('行政复议法》第二十条');
    });
  }

  it('gives where published information is found (Art. 36(1)) and refuses without it', () => {
    expect(all(composeLetter('decision', input(decidedCase('alreadyPublic'))))).toContain(`获取该政府信息的方式、途径：${DETAILS.whereToFind}。`);
    expect(() => composeLetter('decision', input(decidedCase('alreadyPublic'), { details: {} }))).toThrow(/details\.whereToFind/);
  });

  it('gives the withheld part and its ground’s article in a partial disclosure (Art. 37)', () => {
    const letter = composeLetter('decision', input(decidedCase('partiallyDisclosed'), { details: { withheld: { part: '会议记录中的讨论意见', ground: 'processInfo' } } }));
    expect(all(letter)).toContain('会议记录中的讨论意见属于行政机关在履行行政管理职能过程中形成的过程性信息，根据');
    expect(keys(letter)).toEqual(expect.arrayContaining(['条例第十六条第二款', '条例第三十七条']));
    expect(all(letter)).toContain('现以电子数据形式通过电子邮件发送给您');
    expect(codeOf(() => composeLetter('decision', input(decidedCase('partiallyDisclosed'), { details: {} })))).toBe('LETTER_INCOMPLETE');
  });

  it('names the competent agency when known (Art. 36(5)), and needs the reasons', () => {
    const text = all(composeLetter('decision', input(decidedCase('notThisAgency'))));
    expect(text).toContain('负责公开该政府信息的行政机关为某某县教育局');
    expect(text).toContain('联系方式：0000-87654321');
    const unknown = all(composeLetter('decision', input(decidedCase('notThisAgency'), { details: { reasons: '本机关不制作、不保存该类信息' } })));
    expect(unknown).not.toContain('负责公开该政府信息的行政机关为');
    expect(() => composeLetter('decision', input(decidedCase('notThisAgency'), { details: {} }))).toThrow(/details\.reasons/);
  });

  it('takes the reasons recorded with the decision when the details give none', () => {
    const events: CaseEvent[] = [register('2024-09-27'), { type: 'decide', on: d('2024-10-25'), outcome: 'notThisAgency', reasons: '该信息由市级部门制作。' }];
    expect(all(composeLetter('decision', input(events, { details: {} })))).toContain('理由是：该信息由市级部门制作。');
  });

  it('says 依法 where the agency names no reconsideration body or court', () => {
    const { reconsiderationBody: _r, court: _c, ...agency } = AGENCY;
    const text = all(composeLetter('decision', input(decidedCase('disclosed'), { agency })));
    expect(text).toContain('60日内依法申请行政复议');
    expect(text).toContain('6个月内依法向人民法院提起行政诉讼');
  });

  it('tells of the correction that never came, with its dates (Art. 30)', () => {
    const letter = composeLetter('decision', input(decidedCase('abandonedNoCorrection')));
    expect(letter.title).toBe('政府信息公开申请终止处理告知书');
    expect(all(letter)).toContain('本机关于2024年10月8日告知您补正申请内容，补正期限至2024年10月18日');
  });

  it('tells of the fee never paid, with its period', () => {
    expect(all(composeLetter('decision', input(decidedCase('abandonedNoFee'))))).toContain('缴费期限至2024年11月1日');
  });

  it('mentions a third party’s objection in a refusal on its rights', () => {
    const events: CaseEvent[] = [
      register('2024-09-27'),
      { type: 'consult', on: d('2024-09-30'), party: 'thirdParty', name: '某某建设有限公司' },
      { type: 'consultationAnswered', on: d('2024-10-10'), name: '某某建设有限公司', answer: 'objection' },
      { type: 'decide', on: d('2024-10-20'), outcome: 'refused:thirdPartyRights' },
    ];
    expect(all(composeLetter('decision', input(events)))).toContain('书面征求第三方意见，第三方不同意公开');
  });
});

describe('refusals', () => {
  it('refuses a letter for a step the case has not reached', () => {
    expect(codeOf(() => composeLetter('correction', input([register('2024-09-27')])))).toBe('LETTER_UNAVAILABLE');
    expect(codeOf(() => composeLetter('decision', input([register('2024-09-27')])))).toBe('LETTER_UNAVAILABLE');
  });

  it('has no answer letter for a withdrawn application', () => {
    expect(codeOf(() => composeLetter('decision', input([register('2024-09-27'), { type: 'withdraw', on: d('2024-10-08') }])))).toBe('LETTER_UNAVAILABLE');
  });

  it('refuses a broken case with the case engine’s error', () => {
    expect(codeOf(() => composeLetter('acknowledgement', input([register('2024-09-27'), { type: 'abandon', on: d('2024-10-01') }])))).toBe('CASE_ILLEGAL_TRANSITION');
  });

  it('refuses a date before the step the letter is about, and takes a later one', () => {
    const events = [register('2024-09-27')];
    expect(codeOf(() => composeLetter('acknowledgement', input(events, { issuedOn: d('2024-09-26') })))).toBe('INVALID_VALUE');
    expect(composeLetter('acknowledgement', input(events, { issuedOn: d('2024-09-30') })).seal.dateText).toBe('2024年9月30日');
  });

  it('needs the agency’s name for the seal block', () => {
    expect(codeOf(() => composeLetter('acknowledgement', { events: [register('2024-09-27')], agency: { name: ' ' }, calendar }))).toBe('LETTER_INCOMPLETE');
  });
});

describe('reference number', () => {
  it('defaults to the case id and the kind, and takes the one given', () => {
    expect(composeLetter('acknowledgement', input([register('2024-09-27')])).reference).toBe('2024-017-受理');
    expect(composeLetter('acknowledgement', input([register('2024-09-27')], { reference: '某政公开受〔2024〕17号' })).reference).toBe('某政公开受〔2024〕17号');
  });
});

describe('staff notes', () => {
  it('say how the periods were counted where the calendar computed them', () => {
    const nextDay = composeLetter('acknowledgement', input([register('2024-09-27')]));
    expect(nextDay.notes.map((n) => n.zh).join()).toContain('“次日起算”');
    const sameDay = composeLetter('acknowledgement', input([register('2024-09-27')], { policy: { counting: { countFrom: 'sameDay', outsideCoverage: 'error' }, feeClock: 'paused' } }));
    expect(sameDay.notes.map((n) => n.zh).join()).toContain('“当日起算”');
    // Counting from the same day: Fri 09-27 is day 1, so day 20 is 10-29.
    expect(all(sameDay)).toContain('于2024年10月29日前作出答复');
    expect(composeLetter('decision', input(decidedCase('disclosed'))).notes.map((n) => n.zh).join()).not.toContain('起算');
  });
});
