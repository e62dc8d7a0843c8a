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

const cellValues = {
  type: 'object',
  additionalProperties: { type: ['number', 'null'] },
  examples: [{ 'table2.licensing.decisions': 13704, 'table2.adminFees.amountWan': 88.78248 }],
} as const;

const table2 = {
  type: 'object',
  required: ['agencyId', 'agency', 'year', 'format', 'cells'],
  properties: {
    agencyId: { type: 'integer' },
    agency: { type: 'string' },
    year: { type: 'integer' },
    format: { enum: ['2019', '2021'] },
    cells: {
      type: 'array',
      description: '该年度格式的表二全部单元格，按表格顺序 / every Table-2 cell of the year’s format, in table order',
      items: {
        type: 'object',
        required: ['path', 'rowLabel', 'colLabel', 'kind', 'value'],
        properties: {
          path: { type: 'string' },
          rowLabel: { type: 'string' },
          colLabel: { type: 'string' },
          kind: { enum: ['count', 'signedCount', 'amount'], description: 'count 非负整数；signedCount 整数（2019 本年增/减）；amount 非负数，最多 6 位小数 / whole ≥ 0; whole; decimal ≥ 0 with ≤ 6 places' },
          value: { type: ['number', 'null'], description: 'null：未填写 / not entered' },
        },
      },
    },
  },
} as const;

const table2Input = {
  type: 'object',
  required: ['values'],
  additionalProperties: false,
  properties: {
    values: { ...cellValues, description: '要修改的单元格：路径 → 数值，null 清空；未列出的不变 / the cells to change: path → value, null clears; others stay' },
    expected: { ...cellValues, description: '您看到的原值（null = 空白）；任一与现值不同则 409 且不写入 / what you saw (null = blank); any that differs → 409, nothing written' },
  },
} as const;

export const CASE_SCHEMAS = { InboxItem: inboxItem, CaseDetail: caseDetail, CaseEventInput: eventInput, Table2: table2, Table2Input: table2Input } as const;

const table2Params = [
  { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: '机关编号 / agency id' },
  { name: 'year', in: 'path', required: true, schema: { type: 'integer', minimum: 2008 } },
] as const;

export const CASE_PATHS = {
  '/api/agencies/{id}/table2/{year}': {
    get: {
      summary: '机关某年度的表二数据（主动公开情况）/ an agency’s Table-2 entries of a year',
      parameters: table2Params,
      responses: {
        '200': ok('表二 / Table 2', { $ref: '#/components/schemas/Table2' }),
        '401': errorResponse('未登录 / not signed in'),
        '404': errorResponse('机关不在范围内 / agency not in scope'),
        '422': errorResponse('年度无效 / bad year'),
      },
    },
    post: {
      summary: '修改表二数据（经办人、管理员；记入审计）/ change Table-2 entries (clerks, administrators; audited)',
      parameters: table2Params,
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Table2Input' } } } },
      responses: {
        '200': ok('修改后的表二 / Table 2 after the change', { $ref: '#/components/schemas/Table2' }),
        '401': errorResponse('未登录 / not signed in'),
        '403': errorResponse('只能查看 / may only read'),
        '404': errorResponse('机关不在范围内 / agency not in scope'),
        '409': errorResponse('expected 与现值不同（CONFLICT），未写入 / a cell changed since it was read; nothing written'),
        '422': errorResponse('路径或数值无效（INVALID_VALUE）/ invalid path or value'),
      },
    },
  },
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
  '/api/cases/{id}/lookup-code': {
    post: {
      summary: '重新生成查询码（申请人遗失时；仅本机关经办人；原查询码随即失效）/ reissue the lookup code (the agency’s clerks only; the old code stops working)',
      parameters: [idParam],
      responses: {
        '201': ok('新查询码，只返回这一次 / the new code, returned this once', {
          type: 'object',
          required: ['caseId', 'caseNumber', 'lookupCode'],
          properties: { caseId: { type: 'integer' }, caseNumber: { type: 'string' }, lookupCode: { type: 'string', examples: ['K7QH-2MXD-9TPA'] } },
        }),
        '401': errorResponse('未登录 / not signed in'),
        '403': errorResponse('不是本机关经办人 / not a clerk of the agency'),
        '404': errorResponse('不存在或不在范围内 / no such case in scope'),
      },
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
