/**
 * @module The OpenAPI 3.1 document of the API, kept by hand beside the routes
 * (`api-routes.ts`); `test/web/api.test.ts` checks that every route is in it.
 * The report body itself is described by `schema/report.schema.json`.
 */
import { ANALYSIS_PATHS, ANALYSIS_SCHEMAS } from './analysis-openapi.js';
import { CASE_PATHS, CASE_SCHEMAS } from './case-openapi.js';

const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['NOT_FOUND', 'CONFLICT', 'INVALID_VALUE', 'NOT_A_REPORT'] },
        message: { type: 'object', required: ['zh', 'en'], properties: { zh: { type: 'string' }, en: { type: 'string' } } },
      },
    },
  },
} as const;

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const reportSummary = {
  type: 'object',
  required: ['id', 'status', 'format', 'version', 'href'],
  properties: {
    id: { type: 'integer' },
    agencyId: { type: ['integer', 'null'] },
    status: { type: 'string', enum: ['matched', 'unmatched'] },
    agencyName: { type: ['string', 'null'], description: '报告自称的机关 / the agency as the report names itself' },
    year: { type: ['integer', 'null'] },
    format: { type: 'string', enum: ['2019', '2021'] },
    sourceName: { type: ['string', 'null'] },
    version: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    href: { type: 'string' },
  },
} as const;

const uploadResult = {
  type: 'object',
  required: ['report', 'created', 'outcome', 'findings'],
  properties: {
    report: { $ref: '#/components/schemas/ReportSummary' },
    created: { type: 'boolean' },
    outcome: {
      type: 'string',
      enum: ['stored', 'unmatched', 'duplicate'],
      description: 'stored：已入库并归入机关；unmatched：已入库，进入待匹配队列；duplicate：同一文件此前已入库 / stored and matched; stored, waiting in the unmatched queue; stored before',
    },
    findings: { type: 'array', items: { type: 'object' } },
  },
} as const;

const agency = {
  type: 'object',
  required: ['id', 'parentId', 'name', 'level', 'uscc', 'aliases', 'version'],
  properties: {
    id: { type: 'integer' },
    parentId: { type: ['integer', 'null'] },
    name: { type: 'string' },
    level: { type: 'string', enum: ['province', 'city', 'county', 'department', 'township'] },
    uscc: { type: ['string', 'null'], description: '统一社会信用代码 / unified social credit code' },
    aliases: { type: 'array', items: { type: 'string' } },
    version: { type: 'integer', description: '每次修改加一 / raised by every change' },
  },
} as const;

const agencyInput = (required: readonly string[]) =>
  ({
    type: 'object',
    required,
    additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: 200 },
      level: { type: 'string', enum: ['province', 'city', 'county', 'department', 'township'] },
      parentId: { type: ['integer', 'null'], description: '上级机关编号；null 为顶级（仅管理员）/ parent id; null for a root (administrators only)' },
      uscc: { type: ['string', 'null'], description: '18 位，校验位须正确；null 或空为无 / 18 characters with a valid check character; null or empty for none' },
      aliases: { type: 'array', items: { type: 'string' }, description: '整体替换 / replaces the list' },
    },
  }) as const;

const agencyChange = {
  type: 'object',
  properties: {
    agency: { $ref: '#/components/schemas/Agency' },
    changed: { type: 'boolean', description: 'false：与现有内容相同，未写入 / false: equal to what was stored, nothing written' },
    rematch: { type: 'object', properties: { matched: { type: 'integer' }, stillUnmatched: { type: 'integer' } }, description: '待匹配报告重新匹配的结果 / the unmatched queue matched again' },
  },
} as const;

const agencyWriteErrors = {
  '401': errorResponse('需要令牌或登录 / token or sign-in needed'),
  '403': errorResponse('经办人、超出管辖范围或 CSRF 校验失败 / clerk, out of scope, or CSRF'),
  '404': errorResponse('机关不存在 / no such agency'),
  '409': errorResponse('同一上级下重名、信用代码已被使用、expectedVersion 已过时，或仍有下级/报告（删除）/ duplicate name or code, stale expectedVersion, or still in use (delete)'),
  '422': errorResponse('字段无效（名称、层级、信用代码、上级成环）/ invalid field (name, level, code, a cycle)'),
} as const;

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } } as const;

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'gongkai API',
    version: '0.1.0',
    description: '政府信息公开工作年度报告库 / annual reports on government information disclosure. 错误统一为 {error:{code,message:{zh,en}}}。',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'API 令牌，权限同所属用户 / API token, scoped like its user' },
      session: { type: 'apiKey', in: 'cookie', name: 'gk_session', description: '网页会话；写操作另需 X-CSRF-Token 头 / web session; writes also need the X-CSRF-Token header' },
    },
    schemas: { Error: error, ReportSummary: reportSummary, UploadResult: uploadResult, Agency: agency, AgencyChange: agencyChange, ...ANALYSIS_SCHEMAS, ...CASE_SCHEMAS },
  },
  paths: {
    '/healthz': {
      get: {
        summary: '健康检查（含数据库）/ health check, database included',
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' }, database: { const: 'ok' } } } } } },
          '503': errorResponse('数据库不可用 / database unavailable'),
        },
      },
    },
    '/api/openapi.json': { get: { summary: '本文档 / this document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    '/api/agencies': {
      get: {
        summary: '机关列表（树以 parentId 表示）/ agencies, the tree by parentId',
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    agencies: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          id: { type: 'integer' },
                          parentId: { type: ['integer', 'null'] },
                          name: { type: 'string' },
                          level: { type: 'string', enum: ['province', 'city', 'county', 'department', 'township'] },
                          uscc: { type: ['string', 'null'] },
                          aliases: { type: 'array', items: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      post: {
        summary: '新建机关（审计）；顶级仅管理员，督查员限所辖机关之下 / add an agency (audited); roots by administrators, supervisors below their subtree',
        security: [{ bearer: [] }, { session: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: agencyInput(['name', 'level']) } } },
        responses: {
          '201': { description: '已新建 / created', content: { 'application/json': { schema: { $ref: '#/components/schemas/AgencyChange' } } } },
          ...agencyWriteErrors,
        },
      },
    },
    '/api/agencies/{id}': {
      get: {
        summary: '一个机关 / one agency',
        parameters: [idParam],
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { agency: { $ref: '#/components/schemas/Agency' } } } } } },
          '404': errorResponse('机关不存在 / no such agency'),
        },
      },
      patch: {
        summary: '修改或移动机关（审计）；督查员限所辖机关树 / change or move an agency (audited); supervisors within their subtree',
        security: [{ bearer: [] }, { session: [] }],
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                ...agencyInput([]),
                properties: {
                  ...agencyInput([]).properties,
                  expectedVersion: { type: 'integer', description: '读到的版本；机关此后已被修改则回答 409，不写入 / the version read; 409 and nothing written when the agency changed since' },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: '已修改（或未变）/ changed (or unchanged)', content: { 'application/json': { schema: { $ref: '#/components/schemas/AgencyChange' } } } },
          ...agencyWriteErrors,
        },
      },
      delete: {
        summary: '删除没有下级、报告、用户和令牌的机关（审计）/ delete an agency nothing refers to (audited)',
        security: [{ bearer: [] }, { session: [] }],
        parameters: [idParam],
        responses: {
          '200': { description: '已删除 / deleted', content: { 'application/json': { schema: { type: 'object', properties: { deleted: { $ref: '#/components/schemas/Agency' } } } } } },
          ...agencyWriteErrors,
        },
      },
    },
    '/api/agencies/import': {
      post: {
        summary: '导入机关表（CSV 或 XLSX，一个事务）/ import an agency list (CSV or XLSX, one transaction)',
        security: [{ bearer: [] }, { session: [] }],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: '列：名称、上级、层级、统一社会信用代码、别名 / columns: name, parent, level, uscc, aliases' } } } } },
        },
        responses: {
          '200': {
            description: '已导入 / imported',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    rows: { type: 'integer' },
                    created: { type: 'integer' },
                    updated: { type: 'integer' },
                    unchanged: { type: 'integer' },
                    rematch: { type: 'object', properties: { matched: { type: 'integer' }, stillUnmatched: { type: 'integer' } } },
                  },
                },
              },
            },
          },
          ...agencyWriteErrors,
          '400': errorResponse('文件无法读取 / unreadable file'),
          '415': errorResponse('不是 multipart/form-data / not multipart/form-data'),
        },
      },
    },
    '/api/reports': {
      get: {
        summary: '报告列表（公众仅可见已匹配机关的报告）/ reports (the public sees matched reports only)',
        parameters: [
          { name: 'year', in: 'query', schema: { type: 'integer' } },
          { name: 'agency', in: 'query', schema: { type: 'integer' }, description: '机关编号 / agency id' },
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['matched', 'unmatched'], default: 'matched' }, description: 'unmatched：管理员、督查员 / admins and supervisors' },
          { name: 'after', in: 'query', schema: { type: 'integer' }, description: '翻页游标：上一页的 next / paging cursor: the previous page’s next' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { reports: { type: 'array', items: { $ref: '#/components/schemas/ReportSummary' } }, next: { type: ['integer', 'null'] } },
                },
              },
            },
          },
          '401': errorResponse('需要登录 / sign-in needed'),
          '403': errorResponse('无权限 / not allowed'),
          '422': errorResponse('参数无效 / invalid parameter'),
        },
      },
      post: {
        summary: '上传一份报告 / upload one report',
        security: [{ bearer: [] }, { session: [] }],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary', description: '网页、Word、PDF、Excel、Markdown、文本、JSON、CSV；≤ 50 MB' },
                  agency: { type: 'integer', description: '机关编号；缺省按报告自称的机关匹配 / agency id; matched by name when absent' },
                  year: { type: 'integer', description: '年度；须与报告自述一致 / year; must agree with the report' },
                },
              },
            },
          },
        },
        responses: {
          '201': { description: '已入库 / stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/UploadResult' } } } },
          '200': { description: '同一文件此前已入库 / the same file was already stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/UploadResult' } } } },
          '400': errorResponse('不是年度报告或无法读取 / not a report, unreadable'),
          '401': errorResponse('需要令牌或登录 / token or sign-in needed'),
          '403': errorResponse('超出权限范围或 CSRF 校验失败 / out of scope, or CSRF'),
          '413': errorResponse('文件过大 / too large'),
          '415': errorResponse('不支持的类型 / unsupported type'),
          '422': errorResponse('参数无效 / invalid parameter'),
          '503': errorResponse('数据库不可用 / database unavailable'),
        },
      },
    },
    '/api/reports/{id}/versions': {
      get: {
        summary: '版本历史及每版的更正（谁、何时、原值、新值、理由）/ version history with the corrections of each',
        parameters: [idParam],
        responses: { '200': { description: 'OK' }, '404': errorResponse('不存在或不可见 / no such report, or not visible') },
      },
    },
    '/api/reports/{id}/corrections': {
      post: {
        summary: '更正单元格（新增版本并记入审计）/ correct cells (a new version, audited)',
        security: [{ bearer: [] }, { session: [] }],
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['expectedVersion', 'changes', 'reason'],
                properties: {
                  expectedVersion: { type: 'integer', minimum: 1, description: '您看到的版本 / the version you saw' },
                  changes: {
                    type: 'array',
                    minItems: 1,
                    items: {
                      type: 'object',
                      required: ['path', 'value'],
                      properties: { path: { type: 'string', examples: ['table4.reconsideration.upheld'] }, value: { type: ['number', 'null'] } },
                    },
                  },
                  reason: { type: 'string', minLength: 1 },
                },
              },
            },
          },
        },
        responses: {
          '201': { description: '已更正 / corrected' },
          '401': errorResponse('需要令牌或登录 / token or sign-in needed'),
          '403': errorResponse('无权更改 / not allowed'),
          '404': errorResponse('不存在或不可见 / no such report'),
          '409': errorResponse('报告已被他人修改 / someone else changed the report first'),
          '422': errorResponse('单元格路径或数值无效 / invalid path or value'),
        },
      },
    },
    '/api/reports/{id}': {
      get: {
        summary: '一份报告的规范 JSON（含发现）/ the canonical JSON of a report, findings included',
        parameters: [idParam],
        responses: {
          '200': { description: 'gongkai.report/1（schema/report.schema.json）', content: { 'application/json': { schema: { type: 'object' } } } },
          '404': errorResponse('不存在或不可见 / no such report, or not visible'),
        },
      },
    },
    ...ANALYSIS_PATHS,
    ...CASE_PATHS,
  },
} as const;
