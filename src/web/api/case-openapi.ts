/**
 * @module The OpenAPI paths and schemas of the case API (`case-api.ts`), spread into `openapi.ts`.
 */
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const ok = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } } as const;

const inboxItem = {
  type: 'object',
  required: ['caseId', 'caseNumber', 'agencyId', 'agencyName', 'status', 'applicantKind', 'applicantName', 'receivedAt', 'clock', 'deadline', 'workdaysLeft', 'overdue', 'dueSoon', 'waitingFor', 'eventCount'],
  properties: {
    caseId: { type: 'integer' },
    caseNumber: { type: 'string' },
    agencyId: { type: 'integer' },
    agencyName: { type: 'string', description: '机关名称 / the agency' },
    status: { type: 'string' },
    applicantKind: { type: 'string' },
    applicantName: { type: 'string', description: '已隐去 / masked (张*)' },
    receivedAt: { type: 'string', format: 'date' },
    clock: { enum: ['running', 'paused', 'stopped'] },
    deadline: { type: ['string', 'null'], format: 'date' },
    workdaysLeft: { type: ['integer', 'null'] },
    overdue: { type: 'boolean' },
    dueSoon: { type: 'boolean' },
    waitingFor: { type: ['object', 'null'] },
    eventCount: { type: 'integer', description: '下一步的 expectedSeq / the expectedSeq of the next step' },
  },
} as const;

const caseDetail = {
  type: 'object',
  required: ['id', 'caseNumber', 'agencyId', 'status', 'receivedAt', 'applicant', 'seq', 'allowedEvents', 'events'],
  properties: {
    id: { type: 'integer' },
    caseNumber: { type: 'string' },
    agencyId: { type: 'integer' },
    status: { type: 'string' },
    receivedAt: { type: 'string', format: 'date' },
    deadline: { type: ['string', 'null'] },
    workdaysLeft: { type: ['integer', 'null'] },
    overdue: { type: 'boolean' },
    outcome: { type: ['string', 'null'] },
    applicant: { type: 'object', description: '本机关经办人可见全文，其他角色为隐去后的 / full for the agency’s clerks, masked for others' },
    seq: { type: 'integer', description: '最新事件序号 / the newest event number' },
    allowedEvents: { type: 'array', items: { type: 'string' } },
    events: { type: 'array', items: { type: 'object' } },
  },
} as const;

const eventInput = {
  type: 'object',
  required: ['type', 'expectedSeq', 'on'],
  description:
    '字段同案件页表单 / the fields of the case page’s forms: requestCorrection {items, dueOn}; extend {workdays, approver, reason, applicantNotifiedOn}; consult {party, name, receivedByPartyOn?}; consultationAnswered {name, answer}; feeNotice {method, countInMonth | pages, deliveredOn?}（金额自动计算 / amount computed）; feePaid; decide {outcome, reasons?}; deliver {channel}; withdraw {reason?}; correctionReceived, feeNotPaid, abandon, archive: none',
  properties: { type: { type: 'string' }, expectedSeq: { type: 'integer', minimum: 1 }, on: { type: 'string', format: 'date' } },
  additionalProperties: { type: ['string', 'number'] },
} as const;

export const CASE_SCHEMAS = { InboxItem: inboxItem, CaseDetail: caseDetail, CaseEventInput: eventInput } as const;

export const CASE_PATHS = {
  '/api/cases': {
    get: {
      summary: '依申请案件待办（按剩余工作日）/ the case inbox of the caller’s scope, fewest working days left first',
      parameters: [
        { name: 'after', in: 'query', schema: { type: 'string' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
      ],
      responses: {
        '200': ok('一页案件 / a page of cases', { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/InboxItem' } }, next: { type: ['string', 'null'] } } }),
        '401': errorResponse('未登录 / not signed in'),
        '422': errorResponse('分页位置无效 / bad cursor'),
      },
    },
  },
  '/api/cases/{id}': {
    get: {
      summary: '一个案件 / one case',
      parameters: [idParam],
      responses: { '200': ok('案件 / the case', { $ref: '#/components/schemas/CaseDetail' }), '401': errorResponse('未登录 / not signed in'), '404': errorResponse('不存在或不在范围内 / no such case in scope') },
    },
  },
  '/api/cases/{id}/events': {
    post: {
      summary: '记录一个办理步骤 / record a step (Bearer token, or session + X-CSRF-Token)',
      parameters: [idParam],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CaseEventInput' } } } },
      responses: {
        '201': ok('记录后的案件 / the case after the step', { $ref: '#/components/schemas/CaseDetail' }),
        '401': errorResponse('未登录 / not signed in'),
        '403': errorResponse('只能查看 / may only read'),
        '404': errorResponse('不存在或不在范围内 / no such case in scope'),
        '409': errorResponse('expectedSeq 过期（CONFLICT）或当前状态不允许（CASE_ILLEGAL_TRANSITION）/ stale expectedSeq or illegal step'),
        '422': errorResponse('字段无效（INVALID_VALUE、CASE_INVALID_EVENT）/ invalid fields'),
      },
    },
  },
} as const;
