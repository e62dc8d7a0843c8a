// npm run bench (fourth part): a clerk's inbox with 10,000 open cases under 50 concurrent
// clients, on SQLite and on PostgreSQL (when reachable).
//
// The data: a city's agency tree (`gongkai agencies import`), and one agency whose year is
// simulated up to AS_OF with `gongkai cases simulate --until` as a user runs it. Cases arrive
// evenly through the year and are answered within their periods, so the ones still open on
// AS_OF are those of the last weeks, in every state a real inbox holds: running (some overdue,
// some due within 3 working days), paused for a consultation or a fee, stopped for a
// correction. An agency with 10,000 open cases at once receives about 195,000 a year, so that
// many cases are simulated: the open ones, and the closed ones received earlier in the year.
// The databases (bench/out/cases/inbox.sqlite, PostgreSQL database gongkai_bench_inbox) are
// removed at the end unless BENCH_KEEP=1; kept ones are reused while they hold the same cases;
// BENCH_FRESH=1 rebuilds them.
//
// The server is the real app (bench/cases/inbox-server.js) with its clock set to AS_OF, so the
// figures do not depend on the day of the run. A clerk of the agency signs in through the
// sign-in form (session cookie) and gets an API token (Bearer). Before any load, every answer
// is checked against `listInbox` run in this process: the HTML pages list the expected case
// numbers in order, the JSON pages are equal, and walking the API's cursors from the first page
// to the last returns every open case once, in order. Every route is then warmed for 2 s (as a
// running server is), and each is measured for BENCH_SECONDS with the server process's CPU time
// per request. Under load, an answer counts as an error unless it is a 200 of the same length as
// the checked one.
// Writes bench/out/cases/inbox.md; copy the figures into docs/benchmarks.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { emptied, fmt, gongkai, machineLine, onBothEngines } from './cli.js';
import { load } from '../platform/load.js';
import { startServer } from '../platform/run.js';

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'bench/out/cases');
const DEFAULT_CASES = 195_000;
const CASES = Number(process.env.BENCH_INBOX_CASES ?? DEFAULT_CASES);
/** The target is about 10,000 open cases: the default simulation has them (checked). */
const MIN_OPEN = CASES === DEFAULT_CASES ? 10_000 : 1;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
/** "Today" of the data and of the server: a Wednesday, 10:00 in China. */
const AS_OF = '2026-11-18';
const NOW = '2026-11-18T02:00:00Z';
const SEED = 'inbox';
const CITY = '乌兰察布市';
const AGENCY = '乌兰察布市自然资源局';
const LOGIN = 'bench-clerk';
const PASSWORD = 'bench-inbox-password';
const PG_NAME = 'gongkai_bench_inbox';

const dist = (p) => import(join(root, 'dist', p));
const { openDatabase } = await dist('persistence/open-database.js');
const { findAgenciesByName } = await dist('persistence/repositories/agencies/agency-queries.js');
const { listInbox } = await dist('persistence/repositories/cases/list-inbox.js');
const { createUser, findUserByLogin, publicUser } = await dist('persistence/repositories/accounts/users.js');
const { hashPassword } = await dist('web/auth/password.js');
const { issueApiToken } = await dist('web/auth/issue-token.js');

/** A city's tree: the city government, 40 city departments, 11 counties of 40 departments each (492 agencies). */
function agencyCsv() {
  const departments = ['发展和改革委员会', '教育局', '科学技术局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农牧局', '商务局', '文化旅游体育局', '卫生健康委员会', '退役军人事务局', '应急管理局', '审计局', '市场监督管理局', '统计局', '林业和草原局', '医疗保障局', '能源局', '信访局', '城市管理综合执法局', '行政审批和政务服务局', '国有资产监督管理委员会', '民族事务委员会', '乡村振兴局', '粮食和物资储备局', '人民防空办公室', '地方金融监督管理局', '机关事务管理局', '体育局', '档案局', '气象局', '税务局'];
  const counties = ['集宁区', '卓资县', '化德县', '商都县', '兴和县', '凉城县', '察哈尔右翼前旗', '察哈尔右翼中旗', '察哈尔右翼后旗', '四子王旗', '丰镇市'];
  const rows = ['名称,上级,层级', `${CITY},,市`];
  for (const d of departments) rows.push(`${CITY}${d},${CITY},部门`);
  for (const c of counties) {
    rows.push(`${c},${CITY},县`);
    for (const d of departments) rows.push(`${c}${d},${c},部门`);
  }
  return `${rows.join('\n')}\n`;
}

async function openCount(db, agencyId) {
  const rows = await db
    .selectFrom('case_projections')
    .select(['clock_state', (eb) => eb.fn.countAll().as('n')])
    .where('agency_id', '=', agencyId)
    .groupBy('clock_state')
    .execute();
  const by = Object.fromEntries(rows.map((r) => [r.clock_state, Number(r.n)]));
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  return { total, open: total - (by.closed ?? 0), by };
}

/** Names what a database was built with: the bench's clerk is created last, with it. */
const BUILT_WITH = `基准经办人（${CASES} cases, seed ${SEED}, until ${AS_OF}）`;

/** The database with the agency, its cases and the clerk: reused when it was built with the same settings. */
async function prepare(engine, config, env, cliDb) {
  mkdirSync(out, { recursive: true });
  let opened = await openDatabase(config);
  let user = await findUserByLogin(opened.db, LOGIN).catch(() => undefined);
  let build = null;
  if (user?.displayName !== BUILT_WITH) {
    await opened.close();
    ({ config, env } = await emptied(config, env, PG_NAME));
    writeFileSync(join(out, 'inbox-agencies.csv'), agencyCsv());
    const agencies = gongkai(['agencies', 'import', join(out, 'inbox-agencies.csv'), ...cliDb], env);
    console.error(`${engine}: simulating ${CASES.toLocaleString('en-US')} cases up to ${AS_OF}…`);
    const sim = gongkai(['cases', 'simulate', '--agency', AGENCY, '--year', AS_OF.slice(0, 4), '--until', AS_OF, '--count', String(CASES), '--seed', SEED, '--no-progress', ...cliDb], env);
    build = { agenciesMs: agencies.ms, simulateMs: sim.ms };
    opened = await openDatabase(config);
    const [agency] = await findAgenciesByName(opened.db, AGENCY);
    await createUser(opened.db, { login: LOGIN, displayName: BUILT_WITH, passwordHash: await hashPassword(PASSWORD), role: 'clerk', scopeAgencyId: agency.id }, { actor: 'bench:inbox', now: new Date(NOW) });
    user = await findUserByLogin(opened.db, LOGIN);
  }
  const [agency] = await findAgenciesByName(opened.db, AGENCY);
  const counts = await openCount(opened.db, agency.id);
  if (counts.open < MIN_OPEN) throw new Error(`${engine}: only ${counts.open} open cases (expected at least ${MIN_OPEN})`);
  const token = await issueApiToken(opened.db, publicUser(user), { name: 'bench' }, { actor: 'bench:inbox', now: new Date(NOW) });
  const agencies = Number((await opened.db.selectFrom('agencies').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { opened, config, agency, counts, build, token, agencies };
}

const cookieOf = (res, name) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`));

/** Signs the clerk in through the form, as a browser does; returns the Cookie header. */
async function signIn(base) {
  const form = await fetch(`${base}/login`);
  const csrfCookie = cookieOf(form, 'gk_csrf');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrfCookie || !csrf) throw new Error('no CSRF token on the sign-in form');
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded', origin: base },
    body: new URLSearchParams({ login: LOGIN, password: PASSWORD, _csrf: csrf, next: '/cases' }),
  });
  const session = cookieOf(res, 'gk_session');
  if (res.status !== 303 || !session) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

function check(cond, what) {
  if (!cond) throw new Error(`wrong answer: ${what}`);
}

/** The pages the load runs on, each checked once against `listInbox`; returns [{ name, path, headers, bytes }]. */
async function checkedRoutes(base, db, agencyId, openCases, cookie, token) {
  const pageSize = 50;
  const expected = [];
  let after = null;
  // The pages up to the deep one, and the last one, by `listInbox` itself.
  const pages = [];
  do {
    const page = await listInbox(db, { agencyIds: [agencyId], asOf: AS_OF, limit: pageSize, after });
    pages.push({ after, page });
    after = page.next;
  } while (after);
  expected.push(...pages.flatMap((p) => p.page.items));
  check(expected.length === openCases, `listInbox walked ${expected.length} of ${openCases} open cases`);

  const bearer = { authorization: `Bearer ${token}` };
  const get = async (path, headers) => {
    const res = await fetch(base + path, { headers });
    const body = await res.text();
    check(res.status === 200, `${path}: status ${res.status}`);
    return body;
  };

  // The API, walked from the first page to the last, 500 a page: every open case once, in order.
  const seen = new Set();
  let prev = null;
  after = null;
  let walked = 0;
  do {
    const j = JSON.parse(await get(`/api/cases?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`, bearer));
    for (const it of j.items) {
      check(!seen.has(it.caseId), `case ${it.caseId} listed twice`);
      seen.add(it.caseId);
      check(it.caseNumber === expected[walked]?.caseNumber, `API item ${walked} is ${it.caseNumber}, expected ${expected[walked]?.caseNumber}`);
      const key = it.workdaysLeft === null ? Infinity : it.workdaysLeft;
      check(prev === null || key >= prev, `API order at item ${walked}`);
      prev = key;
      walked++;
    }
    after = j.next;
  } while (after);
  check(walked === openCases, `the API walk returned ${walked} of ${openCases} open cases`);

  const deep = Math.min(100, pages.length) - 1;
  const last = pages.length - 1;
  const htmlRoute = async (name, p) => {
    const path = p.after ? `/cases?after=${encodeURIComponent(p.after)}` : '/cases';
    const body = await get(path, { cookie });
    const numbers = [...body.matchAll(/<th scope="row"><a href="\/cases\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    check(JSON.stringify(numbers) === JSON.stringify(p.page.items.map((i) => i.caseNumber)), `${path}: the rows are not the expected cases`);
    check(!p.page.next || body.includes(`/cases?after=${encodeURIComponent(p.page.next)}`), `${path}: no link to the next page`);
    return { name, path, headers: { cookie }, bytes: Buffer.byteLength(body) };
  };
  const apiRoute = async (name, p) => {
    const path = p.after ? `/api/cases?after=${encodeURIComponent(p.after)}` : '/api/cases';
    const body = await get(path, bearer);
    check(body === JSON.stringify({ items: p.page.items, next: p.page.next }), `${path}: not the expected JSON`);
    return { name, path, headers: bearer, bytes: Buffer.byteLength(body) };
  };
  const routes = [
    await htmlRoute('inbox page 1 (HTML, session cookie)', pages[0]),
    await htmlRoute(`inbox page ${deep + 1} (HTML, cursor)`, pages[deep]),
    await htmlRoute(`inbox page ${last + 1}, the last (HTML, cursor; waiting for corrections)`, pages[last]),
    await apiRoute('GET /api/cases page 1 (JSON, Bearer token)', pages[0]),
    await apiRoute(`GET /api/cases page ${deep + 1} (JSON, cursor)`, pages[deep]),
  ];
  // The same answer twice: its length is what the load checks.
  for (const r of routes) check(Buffer.byteLength(await get(r.path, r.headers)) === r.bytes, `${r.path}: the answer changed between two requests`);
  return { routes, states: inboxStates(expected), pages: pages.length };
}

/** CPU time a process has used, ms (Linux; NaN elsewhere), in steps of the kernel's 10 ms ticks. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function inboxStates(items) {
  const s = { running: 0, overdue: 0, dueSoon: 0, consultation: 0, fee: 0, correction: 0 };
  for (const i of items) {
    if (i.clock === 'running') s.running++;
    if (i.overdue) s.overdue++;
    if (i.dueSoon) s.dueSoon++;
    if (i.waitingFor) s[i.waitingFor.kind]++;
  }
  return s;
}

async function bench(engine, config, env, cliDb) {
  const prepared = await prepare(engine, config, env, cliDb);
  const { opened, agency, counts } = prepared;
  const where = engine === 'SQLite' ? prepared.config.file : prepared.config.url;
  const server = await startServer(join(root, 'bench/cases/inbox-server.js'), [where, NOW]);
  try {
    const cookie = await signIn(server.base);
    const { routes, states, pages } = await checkedRoutes(server.base, opened.db, agency.id, counts.open, cookie, prepared.token);
    const results = [];
    console.error(`${engine}: ${CONNECTIONS} clients, ${SECONDS} s per route…`);
    // Warm every route first (the server's compiled code, the database's connections and caches), so
    // the first route measured does not pay for what a running server has long done.
    for (const r of routes) await load(server.base + r.path, { connections: CONNECTIONS, seconds: WARMUP_SECONDS, warmupSeconds: 0, headers: r.headers });
    const hello = await load(`${server.base}/__hello`, { connections: CONNECTIONS, seconds: SECONDS });
    results.push({ name: 'hello-world route (same server)', path: '/__hello', ...hello });
    for (const r of routes) {
      const cpu = cpuMs(server.pid);
      const measured = await load(server.base + r.path, { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: 0, headers: r.headers, accept: (a) => a.bytes === r.bytes });
      results.push({ ...r, ...measured, cpuMs: (cpuMs(server.pid) - cpu) / (measured.requests + measured.errors) });
    }
    return { engine, counts, states, pages, build: prepared.build, agencies: prepared.agencies, results: results.map((r) => ({ ...r, p95Ratio: r.p95 / hello.p95 })) };
  } finally {
    await server.stop();
    await opened.close();
  }
}

const runs = await onBothEngines(join(out, 'inbox.sqlite'), PG_NAME, bench);

const first = runs[0];
const rows = [
  machineLine(),
  `Command: \`node bench/cases/inbox.js\` (BENCH_INBOX_CASES=${CASES}, BENCH_SECONDS=${SECONDS}; agency ${AGENCY} of ${first.agencies} agencies, seed ${SEED}, simulated up to and served as of ${AS_OF}).`,
  '',
  '| engine | cases | open | running | of them overdue | due within 3 working days | paused: consultation | paused: fee | stopped: correction | inbox pages of 50 | built |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
];
for (const r of runs) {
  const built = r.build ? `${fmt((r.build.agenciesMs + r.build.simulateMs) / 1000)} s` : 'reused';
  rows.push(`| ${r.engine} | ${fmt(r.counts.total)} | ${fmt(r.counts.open)} | ${fmt(r.states.running)} | ${fmt(r.states.overdue)} | ${fmt(r.states.dueSoon)} | ${fmt(r.states.consultation)} | ${fmt(r.states.fee)} | ${fmt(r.states.correction)} | ${fmt(r.pages)} | ${built} |`);
}
for (const r of runs) {
  rows.push(
    '',
    `${r.engine}: ${CONNECTIONS} concurrent keep-alive clients on loopback, ${SECONDS} s per route (server, database and clients share the cores)`,
    '',
    '| route | requests/s | p50 ms | p95 ms | p99 ms | errors | p95 vs hello | server CPU ms per request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const x of r.results) rows.push(`| ${x.name} | ${fmt(x.rps)} | ${fmt(x.p50, 1)} | ${fmt(x.p95, 1)} | ${fmt(x.p99, 1)} | ${x.errors} | ${fmt(x.p95Ratio, 1)}× | ${fmt(x.cpuMs, 2)} |`);
}
const md = rows.join('\n');
writeFileSync(join(out, 'inbox.md'), `${md}\n`);
console.log(md);
