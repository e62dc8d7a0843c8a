/**
 * @module The OpenAPI paths and schemas of the analysis API (`analysis-api.ts`), spread into the
 * hand-kept document in `openapi.ts`.
 */
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const ok = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });

const message = { type: 'object', required: ['zh', 'en'], properties: { zh: { type: 'string' }, en: { type: 'string' } } } as const;
const agencyLabel = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } } as const;
const level = { type: 'string', enum: ['province', 'city', 'county', 'department', 'township'] } as const;
const region = { type: 'object', required: ['id', 'name', 'level'], properties: { id: { type: 'integer' }, name: { type: 'string' }, level } } as const;

const finding = {
  type: 'object',
  required: ['rule', 'severity', 'message', 'paths'],
  properties: {
    rule: { type: 'string', examples: ['R1', 'W1', 'ROLLUP-INCOMPLETE', 'ROLLUP-MIXED-FORMAT'] },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    message,
    paths: { type: 'array', items: { type: 'string' } },
    expected: { type: 'number' },
    actual: { type: 'number' },
    blanksAsZero: { type: 'boolean' },
  },
} as const;

const rate = {
  description: 'ok：可比；tooFew：分母少于 minCases，不排名（无案件时 value 为 null）；incomplete：所需单元格空白 / ok; tooFew: below minCases, never ranked; incomplete: a blank cell',
  oneOf: [
    {
      type: 'object',
      required: ['status', 'value', 'numerator', 'denominator'],
      properties: { status: { enum: ['ok', 'tooFew'] }, value: { type: ['number', 'null'] }, numerator: { type: 'integer' }, denominator: { type: 'integer' } },
    },
    { type: 'object', required: ['status', 'blank'], properties: { status: { const: 'incomplete' }, blank: { type: 'array', items: { type: 'string' } } } },
  ],
} as const;

const trendPoint = {
  description: 'value：数值；blank：单元格空白（不按 0 计）；notInFormat：该年格式无此项；noReport：该年无报告',
  oneOf: [
    { type: 'object', required: ['kind', 'value'], properties: { kind: { const: 'value' }, value: { type: 'number' } } },
    { type: 'object', required: ['kind', 'paths'], properties: { kind: { const: 'blank' }, paths: { type: 'array', items: { type: 'string' } } } },
    { type: 'object', required: ['kind', 'format'], properties: { kind: { const: 'notInFormat' }, format: { enum: ['2019', '2021'] } } },
    { type: 'object', required: ['kind'], properties: { kind: { const: 'noReport' } } },
  ],
} as const;

const tableValues = { type: 'object', description: '表三或表四：与规范 JSON 相同的键，数值或 null（合计不完整）/ Table 3 or 4 as in the report contract; null where incomplete' } as const;

export const ANALYSIS_SCHEMAS = {
  Finding: finding,
  Rate: rate,
  TrendPoint: trendPoint,
} as const;

const agencyPath = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } } as const;

export const ANALYSIS_PATHS = {
  '/api/agencies/{id}/trends': {
    get: {
      summary: '机关历年趋势（每年取当年现行报告）/ an agency’s trends, one current report per year',
      parameters: [agencyPath],
      responses: {
        '200': ok('OK', {
          type: 'object',
          required: ['agency', 'years', 'reports', 'groups'],
          properties: {
            agency: region,
            years: { type: 'array', items: { type: 'integer' } },
            reports: { type: 'array', items: { type: ['object', 'null'], properties: { year: { type: 'integer' }, reportId: { type: 'integer' }, format: { enum: ['2019', '2021'] }, href: { type: 'string' } } } },
            groups: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  key: { type: 'string', examples: ['applications', 'outcomes', 'reconsideration', 'litigation', 'enforcement', 'fees'] },
                  label: message,
                  series: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { key: { type: 'string' }, label: message, unit: { enum: ['count', 'wan'] }, points: { type: 'array', items: { $ref: '#/components/schemas/TrendPoint' } } },
                    },
                  },
                },
              },
            },
          },
        }),
        '404': errorResponse('无此机关 / no such agency'),
        '422': errorResponse('参数无效 / invalid parameter'),
      },
    },
  },
  '/api/rollups/{agencyId}/{year}': {
    get: {
      summary: '地区汇总：所辖各机关当年现行报告的表三、表四合计（按表格格式分别合计）与报送情况 / a region’s Table 3 and 4 summed per format, and its status',
      parameters: [
        { name: 'agencyId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        { name: 'year', in: 'path', required: true, schema: { type: 'integer', minimum: 2008, maximum: 2100 } },
      ],
      responses: {
        '200': ok('OK', {
          type: 'object',
          required: ['region', 'year', 'expectedFormat', 'parts', 'findings', 'status'],
          properties: {
            region,
            year: { type: 'integer' },
            expectedFormat: { enum: ['2019', '2021'] },
            parts: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  format: { enum: ['2019', '2021'] },
                  members: { type: 'array', items: { type: 'object', properties: { agencyId: { type: 'integer' }, agencyName: { type: 'string' }, reportId: { type: 'integer' }, href: { type: 'string' } } } },
                  table3: tableValues,
                  table4: tableValues,
                  incomplete: {
                    type: 'array',
                    items: { type: 'object', properties: { path: { type: 'string' }, knownSum: { type: 'number' }, blankIn: { type: 'array', items: agencyLabel } } },
                  },
                  findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } },
                },
              },
            },
            findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } },
            status: {
              type: 'object',
              properties: {
                counts: {
                  type: 'object',
                  properties: {
                    agencies: { type: 'integer' },
                    reported: { type: 'integer' },
                    missing: { type: 'integer' },
                    late: { type: 'integer' },
                    dateUnknown: { type: 'integer' },
                    withErrors: { type: 'integer' },
                  },
                },
                rows: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      agency: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, level, parentId: { type: ['integer', 'null'] }, depth: { type: 'integer' } } },
                      report: {
                        type: ['object', 'null'],
                        properties: {
                          reportId: { type: 'integer' },
                          format: { enum: ['2019', '2021'] },
                          publishedAt: { type: ['string', 'null'] },
                          timeliness: { type: 'object', properties: { kind: { enum: ['onTime', 'late', 'dateUnknown', 'noDeadline'] }, deadline: { type: 'string' }, daysLate: { type: 'integer' } } },
                          errors: { type: 'integer' },
                          errorRules: { type: 'array', items: { type: 'string' } },
                          warnings: { type: 'integer' },
                          reportsThatYear: { type: 'integer' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        }),
        '404': errorResponse('无此机关 / no such agency'),
        '422': errorResponse('参数无效 / invalid parameter'),
      },
    },
  },
  '/api/comparisons': {
    get: {
      summary: '各机关比较：公开率等比率，分母过小者不排名 / comparison of the agencies below a node; small denominators never ranked',
      parameters: [
        { name: 'agency', in: 'query', required: true, schema: { type: 'integer' }, description: '地区（机关）编号 / the node' },
        { name: 'year', in: 'query', required: true, schema: { type: 'integer', minimum: 2008, maximum: 2100 } },
        {
          name: 'sort',
          in: 'query',
          schema: { type: 'string', enum: ['name', 'disclosureRate', 'deniedShare', 'unableShare', 'reconsiderationCorrectionRate', 'carriedForwardShare'], default: 'name' },
        },
        { name: 'dir', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] }, description: '缺省：name 升序，比率降序 / default: name ascending, rates descending' },
      ],
      responses: {
        '200': ok('OK', {
          type: 'object',
          required: ['region', 'year', 'sort', 'dir', 'minCases', 'metrics', 'rows'],
          properties: {
            region,
            year: { type: 'integer' },
            sort: { type: 'string' },
            dir: { enum: ['asc', 'desc'] },
            minCases: { type: 'integer', description: '可排名的最小分母 / smallest denominator that is ranked' },
            metrics: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, label: message, numerator: message, denominator: message } } },
            rows: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  rank: { type: ['integer', 'null'] },
                  agency: agencyLabel,
                  reportId: { type: 'integer' },
                  format: { enum: ['2019', '2021'] },
                  metrics: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Rate' } },
                },
              },
            },
            missing: { type: 'array', items: agencyLabel },
          },
        }),
        '404': errorResponse('无此机关 / no such agency'),
        '422': errorResponse('参数无效 / invalid parameter'),
      },
    },
  },
} as const;
