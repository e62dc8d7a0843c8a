/**
 * @module Invented applicants and requests for simulated cases: Chinese names,
 * 居民身份证 numbers and 统一社会信用代码 with correct check characters (so the
 * application checks pass), phone numbers, addresses, and requests of the
 * kinds agencies receive (land, demolition, subsidies, permits, budgets…).
 * Every person and organisation is made up.
 */
import { usccCheckChar } from '../../agency/uscc.js';
import { residentIdCheckChar, type Applicant, type ApplicantKind } from '../applicant.js';
import type { Application, DeliveryChannel, IncomingChannel, RequestedForm } from '../application.js';
import type { Rng } from './prng.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕鹏辉建国建华志强海燕春梅晓东晓明永红雪梅丽娟文斌宇浩欣怡子涵梓轩雨桐思远佳怡俊杰';
const PLACES = [
  { code: '150924', name: '内蒙古自治区乌兰察布市兴和县' },
  { code: '130424', name: '河北省邯郸市成安县' },
  { code: '622922', name: '甘肃省临夏回族自治州康乐县' },
  { code: '410305', name: '河南省洛阳市涧西区' },
  { code: '220282', name: '吉林省吉林市桦甸市' },
  { code: '110105', name: '北京市朝阳区' },
  { code: '310115', name: '上海市浦东新区' },
  { code: '440106', name: '广东省广州市天河区' },
] as const;
const STREETS = ['城关镇', '新华街道', '人民路', '建设路', '解放街', '幸福里', '和平路', '朝阳街道', '团结乡', '向阳村'];
const ORG_WORDS = ['华信', '恒通', '宏达', '金鼎', '中和', '瑞丰', '兴业', '博远', '正源', '安泰', '鼎盛', '汇通', '东方', '长城', '明德', '立信'];
const ORG_SUFFIX: Readonly<Record<Exclude<ApplicantKind, 'naturalPerson'>, readonly string[]>> = {
  commercial: ['科技有限公司', '建筑工程有限公司', '房地产开发有限公司', '商贸有限责任公司', '农牧业专业合作社'],
  research: ['研究院', '规划设计研究院', '大学公共管理学院', '社会科学研究所'],
  publicInterest: ['公益基金会', '环保志愿者协会', '慈善总会', '残疾人互助协会'],
  legalService: ['律师事务所', '法律服务所', '公证处'],
  otherOrg: ['村民委员会', '业主委员会', '居民委员会', '个体劳动者协会'],
};
/** 登记管理部门码 + 机构类别码 that fit each kind (GB 32100-2015). */
const USCC_PREFIX: Readonly<Record<Exclude<ApplicantKind, 'naturalPerson'>, readonly string[]>> = {
  commercial: ['91', '92', '93'],
  research: ['12', '52'],
  publicInterest: ['53', '51'],
  legalService: ['31', '32'],
  otherOrg: ['54', '55', '59'],
};

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A 居民身份证 number with a correct check character. */
export function fakeResidentId(rng: Rng): string {
  const place = rng.pick(PLACES).code;
  const year = rng.int(1950, 2005);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const body = `${place}${year}${pad(month, 2)}${pad(day, 2)}${pad(rng.int(1, 999), 3)}`;
  return body + residentIdCheckChar(body);
}

/** A 统一社会信用代码 with a correct check character. */
export function fakeUscc(rng: Rng, kind: Exclude<ApplicantKind, 'naturalPerson'>): string {
  let body = rng.pick(USCC_PREFIX[kind]) + rng.pick(PLACES).code;
  while (body.length < 17) body += USCC_ALPHABET[rng.int(0, rng.next() < 0.8 ? 9 : 30)];
  return body + usccCheckChar(body);
}

function fakePhone(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${pad(rng.int(0, 999_999_999), 9)}`;
}

function fakeAddress(rng: Rng): string {
  return `${rng.pick(PLACES).name}${rng.pick(STREETS)}${rng.int(1, 299)}号`;
}

export function fakeApplicant(rng: Rng, kind: ApplicantKind): Applicant {
  if (kind === 'naturalPerson') {
    const name = rng.pick([...SURNAMES]) + (rng.chance(0.6) ? rng.pick([...GIVEN]) + rng.pick([...GIVEN]) : rng.pick([...GIVEN]));
    const contact = rng.chance(0.3) ? { phone: fakePhone(rng), email: `u${rng.int(10000, 99999999)}@example.cn` } : { phone: fakePhone(rng), address: fakeAddress(rng) };
    return { kind, name, idProof: { type: 'residentIdCard', number: fakeResidentId(rng) }, contact };
  }
  const place = rng.pick(PLACES).name.replace(/^.+?(省|自治区|市)/u, '');
  const name = `${place.slice(0, 3)}${rng.pick(ORG_WORDS)}${rng.pick(ORG_SUFFIX[kind])}`;
  return { kind, name, idProof: { type: 'uscc', number: fakeUscc(rng, kind) }, contact: { phone: fakePhone(rng), address: fakeAddress(rng) } };
}

const TOPICS = [
  (y: number, rng: Rng) => `${rng.pick(STREETS)}${rng.pick(['东', '西', '南', '北'])}片区${y - 1}年度土地征收补偿安置方案及批复文件`,
  (y: number) => `${y}年度城乡最低生活保障资金发放名单及标准`,
  (y: number, rng: Rng) => `${rng.pick(['人民路', '建设路', '和平路'])}道路改造工程的立项审批、环评及招投标文件`,
  (y: number) => `本县${y - 1}年度部门决算及“三公”经费使用情况`,
  (_y: number, rng: Rng) => `${rng.pick(STREETS)}${rng.int(1, 30)}号房屋征收决定及评估报告`,
  (y: number) => `${y}年义务教育学校布局调整方案`,
  (_y: number, rng: Rng) => `某企业（统一社会信用代码尾号${rng.int(1000, 9999)}）的行政处罚决定书`,
  (y: number) => `${y - 1}年度农业补贴资金分配依据及发放明细`,
  (_y: number, rng: Rng) => `${rng.pick(['污水处理厂', '垃圾填埋场', '风电项目', '光伏电站'])}项目的环境影响评价批复`,
  (y: number) => `${y}年政府集中采购目录及限额标准`,
  () => '本人房屋所在地块的控制性详细规划及规划许可证',
  () => '本单位职工社会保险缴费基数核定依据',
];

export function fakeApplication(rng: Rng, kind: ApplicantKind, year: number, channel: IncomingChannel, applicant?: Applicant): Application {
  const form = rng.weighted<RequestedForm>([
    ['electronic', 5],
    ['paper', 3],
    ['any', 2],
    ['inspection', 0.5],
  ]);
  const delivery: DeliveryChannel = channel === 'online' ? rng.pick(['online', 'email'] as const) : rng.weighted<DeliveryChannel>([['post', 4], ['collect', 3], ['email', 2], ['fax', 0.2]]);
  return { applicant: applicant ?? fakeApplicant(rng, kind), request: { description: rng.pick(TOPICS)(year, rng), form, delivery }, channel };
}
