/**
 * @module A few open and closed applications in the demo clerk's agency, so the
 * inbox, the case page and the letters have something to show on first start:
 * one overdue, one due soon, one waiting for a correction, one fresh and one
 * decided. Days are counted back from the start day; the names are invented.
 */
import type { IsoDate } from '../../domain/calendar/iso-date.js';
import type { Application } from '../../domain/cases/application.js';
import type { Executor } from '../../persistence/database.js';
import { appendEvent } from '../../persistence/repositories/cases/append-event.js';
import { createApplication } from '../../persistence/repositories/cases/create-application.js';
import { chinaToday } from '../../persistence/repositories/clock.js';

const ACTOR = { actor: 'system:demo' };

function application(name: string, description: string): Application {
  return {
    applicant: { kind: 'naturalPerson', name, idProof: { type: 'passport', number: `E${name.length}0000000` }, contact: { phone: '13800000000' } },
    request: { description, form: 'electronic', delivery: 'email' },
    channel: 'inPerson',
  };
}

export async function seedDemoCases(db: Executor, agencyId: number, now: Date): Promise<void> {
  const back = (days: number) => chinaToday(new Date(now.getTime() - days * 86_400_000)) as IsoDate;
  const plan: readonly [string, string, number][] = [
    ['张示例', '兴和县2024年义务教育阶段学校招生计划', 40],
    ['李示例', '城关镇老旧小区改造项目的批复文件', 25],
    ['王示例', '县财政局2024年部门预算中的会议费明细', 10],
    ['赵示例', '兴和县河道采砂许可的审批结果', 1],
    ['陈示例', '2024年县级政府信息公开年度报告的原始统计表', 30],
  ];
  const ids: number[] = [];
  for (const [name, description, days] of plan) {
    const on = back(days);
    const created = await createApplication(db, { agencyId, application: application(name, description), receipt: { channel: 'inPerson', handedIn: on }, registeredOn: on }, { ...ACTOR, now });
    ids.push(created.case.id);
  }
  await appendEvent(db, { caseId: ids[2]!, expectedSeq: 1, event: { type: 'requestCorrection', on: back(8), items: '请写明所需明细的月份', dueOn: back(-10) } }, { ...ACTOR, now });
  await appendEvent(db, { caseId: ids[4]!, expectedSeq: 1, event: { type: 'decide', on: back(12), outcome: 'disclosed' } }, { ...ACTOR, now });
}
