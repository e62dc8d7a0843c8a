/**
 * What a person does on the site, as reusable steps for the browser tests:
 * sign in and out through the form, upload files through the file chooser,
 * follow a link or submit a form and get the page's response, download a file
 * and read it (XLSX with exceljs), and move around with the keyboard.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { ElementHandle, Locator, Page, Response } from 'playwright-core';
import type { DemoUser } from './site.js';

/** Runs an action that navigates the page (click, Enter) and resolves with the final response, after redirects. */
export async function navigation(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation(), action()]);
  if (!response) throw new Error('the action did not load a new page');
  return response;
}

/** Clicks a link or button that loads a page. */
export function clickAndWait(page: Page, target: Locator): Promise<Response> {
  return navigation(page, () => target.click());
}

/** The site's main navigation. */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: '主导航' });
}

/** From 首页, opens the published report of an agency by its link in the list; resolves with its id. */
export async function openReportOf(page: Page, agency: string): Promise<number> {
  await page.goto('/');
  await clickAndWait(page, page.getByRole('table', { name: '已公开的年度报告' }).getByRole('link', { name: agency, exact: true }));
  return Number(/\/reports\/(\d+)$/.exec(new URL(page.url()).pathname)![1]);
}

/** Signs in through the 登录 form with the mouse, and checks the navigation now names the user. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('登录名', { exact: true }).fill(user.login);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  const res = await clickAndWait(page, page.getByRole('button', { name: '登录', exact: true }));
  if (res.status() !== 200 || new URL(page.url()).pathname === '/login') {
    throw new Error(`sign-in of ${user.login} failed (${res.status()}): ${await page.locator('.error-box').allInnerTexts()}`);
  }
  await mainNav(page).getByRole('link', { name: user.displayName }).waitFor();
}

/** Signs out with the 退出 button in the navigation. */
export async function signOut(page: Page): Promise<void> {
  await clickAndWait(page, mainNav(page).getByRole('button', { name: '退出' }));
  await mainNav(page).getByRole('link', { name: '登录' }).waitFor();
}

/** What became of one uploaded file (`data-outcome` of its result row). */
export type UploadOutcomeKind = 'stored' | 'unmatched' | 'duplicate' | 'error';

export interface UploadedFile {
  /** The file name as the results table shows it. */
  readonly name: string;
  /** The result in words (已入库…, 失败：CODE …). */
  readonly result: string;
  readonly outcome: UploadOutcomeKind;
  /** The stored report, when the file was stored (or already was). */
  readonly reportId: number | null;
  /** The error code, when the file was refused. */
  readonly code: string | null;
}

/** The result page of the plain form: its status and the rows. */
export interface UploadOutcome {
  readonly status: number;
  readonly files: readonly UploadedFile[];
}

/** Reads result rows: the file name in the row header, the result in the last cell. */
async function resultRows(rows: Locator): Promise<UploadedFile[]> {
  return Promise.all(
    (await rows.all()).map(async (row) => {
      const link = row.locator('a[href^="/reports/"]');
      const href = (await link.count()) ? await link.first().getAttribute('href') : null;
      const code = row.locator('td code');
      return {
        name: (await row.locator('th').innerText()).trim(),
        result: (await row.locator('td').last().innerText()).trim(),
        outcome: (await row.getAttribute('data-outcome')) as UploadOutcomeKind,
        reportId: reportIdOf(href),
        code: (await code.count()) ? (await code.first().innerText()).trim() : null,
      };
    }),
  );
}

/** The per-file results the server lists after the plain form was sent (`#upload-results`). */
export function uploadResults(page: Page): Promise<UploadedFile[]> {
  return resultRows(page.getByRole('table', { name: '每个文件的结果' }).locator('tbody tr'));
}

/** The rows the page's script adds, one per file, to 上传进度 (`#upload-progress-body`). */
export function progressRows(page: Page): Locator {
  return page.getByRole('table', { name: '每个文件的上传进度与结果' }).locator('tbody tr');
}

function reportIdOf(href: string | null): number | null {
  const m = href ? /^\/reports\/(\d+)/.exec(href) : null;
  return m ? Number(m[1]) : null;
}

/** A file for the chooser: a path, or a name with bytes. */
export type ChosenFile = string | { readonly name: string; readonly mimeType: string; readonly buffer: Buffer };

/**
 * Opens the browser's file chooser with `open` (a click, Space on the file
 * field) and picks the files in it, as a person does in the dialog.
 */
export async function chooseFiles(page: Page, open: () => Promise<unknown>, files: ChosenFile | readonly ChosenFile[]): Promise<void> {
  const chosen = page.waitForEvent('filechooser');
  // Playwright turns the chooser interception on without waiting; one round trip to the page
  // makes sure it is on before `open` runs (a key press could otherwise overtake it).
  await page.evaluate(() => 0);
  await open();
  const list = Array.isArray(files) ? files : [files];
  const chooser = await chosen;
  if (list.every((f) => typeof f === 'string')) await chooser.setFiles(list as string[]);
  else await chooser.setFiles(list.map((f) => (typeof f === 'string' ? { name: basename(f), mimeType: 'application/octet-stream', buffer: readFileSync(f) } : f)));
}

/**
 * Drops files on an element as if dragged there from the desktop: a
 * DataTransfer holding the files, with dragenter, dragover and drop — what
 * a drag-and-drop upload area receives.
 */
export async function dropFiles(page: Page, target: Locator, files: ChosenFile | readonly ChosenFile[]): Promise<void> {
  const list = (Array.isArray(files) ? files : [files]).map((f: ChosenFile) =>
    typeof f === 'string' ? { name: basename(f), mimeType: 'application/octet-stream', base64: readFileSync(f).toString('base64') } : { name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') },
  );
  const dataTransfer = await target.evaluateHandle((el, payload) => {
    const win = el.ownerDocument.defaultView;
    const dt = new win.DataTransfer();
    for (const f of payload) {
      const bin = win.atob(f.base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new win.File([bytes], f.name, { type: f.mimeType }));
    }
    return dt;
  }, list);
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
  await dataTransfer.dispose();
}

/** Longest a batch of uploads may take to be read and checked, file after file. */
const UPLOAD_TIMEOUT_MS = 45_000;

/** Whether the upload page's script is running (it shows the drop zone, hidden in the served page). */
export function uploadScriptRuns(page: Page): Promise<boolean> {
  return page.locator('#drop-zone').isVisible();
}

async function onUploadPage(page: Page): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/upload') await page.goto('/upload');
}

/**
 * Uploads with the page's script: the files picked in the file chooser and
 * 上传 clicked (`via: 'chooser'`), or dropped on the drop zone (`via: 'drop'`);
 * waits until each file's row has its outcome and resolves with these rows.
 */
export async function uploadWithScript(page: Page, files: ChosenFile | readonly ChosenFile[], via: 'chooser' | 'drop' = 'chooser'): Promise<UploadedFile[]> {
  await onUploadPage(page);
  if (!(await uploadScriptRuns(page))) throw new Error('the upload page’s script is not running');
  const count = Array.isArray(files) ? files.length : 1;
  const rows = progressRows(page);
  const before = await rows.count();
  if (via === 'drop') await dropFiles(page, page.locator('#drop-zone'), files);
  else {
    await chooseFiles(page, () => page.getByLabel('报告文件').click(), files);
    await page.getByRole('button', { name: '上传', exact: true }).click();
  }
  await waitForUploads(page, before + count);
  return (await resultRows(rows)).slice(before);
}

/** Waits until the upload page shows `total` result rows, none of them still pending (the script sends one file after another). */
export async function waitForUploads(page: Page, total: number): Promise<void> {
  await page.locator('#upload-progress-body > tr:not([data-outcome="pending"])').nth(total - 1).waitFor({ timeout: UPLOAD_TIMEOUT_MS });
}

/**
 * Uploads through the plain form (the page without its script): picks the
 * files, clicks 上传, and reads the result page the server sends.
 */
export async function uploadWithForm(page: Page, files: ChosenFile | readonly ChosenFile[]): Promise<UploadOutcome> {
  await onUploadPage(page);
  if (await uploadScriptRuns(page)) throw new Error('the upload page’s script is running: the form would not be posted');
  await chooseFiles(page, () => page.getByLabel('报告文件').click(), files);
  const res = await clickAndWait(page, page.getByRole('button', { name: '上传', exact: true }));
  return { status: res.status(), files: await uploadResults(page) };
}

/** Uploads as the page at hand does it: with its script when it runs, else with the plain form. */
export async function uploadFile(page: Page, files: ChosenFile | readonly ChosenFile[]): Promise<UploadedFile[]> {
  await onUploadPage(page);
  if (await uploadScriptRuns(page)) return uploadWithScript(page, files);
  const { status, files: results } = await uploadWithForm(page, files);
  if (status >= 500) throw new Error(`upload failed: ${status}`);
  return [...results];
}

export interface DownloadedFile {
  /** The name the browser offers to save it as. */
  readonly fileName: string;
  readonly url: string;
  readonly bytes: Buffer;
}

/** Clicks a download link and reads the downloaded bytes. */
export async function downloadFile(page: Page, link: Locator): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), url: download.url(), bytes: await readFile(path) };
}

/** Clicks a download link of an Excel file and opens the downloaded workbook with exceljs. */
export async function downloadAndReadXlsx(page: Page, link: Locator): Promise<DownloadedFile & { readonly workbook: ExcelJS.Workbook }> {
  const file = await downloadFile(page, link);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return { ...file, workbook };
}

/** What has the keyboard focus, and how the focus is drawn. */
export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly name: string;
  readonly type: string;
  /** Visible text or value or aria-label, trimmed. */
  readonly label: string;
  readonly href: string | null;
  /** The action of the form the element belongs to. */
  readonly form: string | null;
  readonly outlineStyle: string;
  readonly outlineWidthPx: number;
  readonly boxShadow: string;
  /** Whether the element is at least partly inside the viewport. */
  readonly inViewport: boolean;
}

/** The element that has the keyboard focus (the body when none). */
export async function focused(page: Page): Promise<Focused> {
  const root = await documentOf(page);
  try {
    return await focusIn(root);
  } finally {
    await root.dispose();
  }
}

/**
 * What has the focus in the document of `root` (its `<html>`). A handle, not a
 * locator: the Tab loops below read the focus hundreds of times, and a locator
 * is looked up again on every call.
 */
function focusIn(root: ElementHandle): Promise<Focused> {
  return root.evaluate((html) => {
    const doc = html.ownerDocument;
    const el = doc.activeElement ?? doc.body;
    const style = doc.defaultView.getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || '',
      name: el.getAttribute('name') || '',
      type: el.getAttribute('type') || '',
      label: text.slice(0, 80),
      href: el.getAttribute('href'),
      form: el.form ? el.form.getAttribute('action') : null,
      outlineStyle: style.outlineStyle,
      outlineWidthPx: parseFloat(style.outlineWidth) || 0,
      boxShadow: style.boxShadow,
      inViewport: box.bottom > 0 && box.right > 0 && box.top < doc.defaultView.innerHeight && box.left < doc.defaultView.innerWidth && box.width > 0 && box.height > 0,
    };
  });
}

/** Is the focus drawn so a sighted keyboard user sees it (an outline of at least 2 px, or a focus shadow)? */
export function focusVisible(f: Focused): boolean {
  return (f.outlineStyle !== 'none' && f.outlineWidthPx >= 2) || (f.boxShadow !== 'none' && f.boxShadow !== '');
}

export const describeFocus = (f: Focused): string => `<${f.tag}${f.id ? `#${f.id}` : ''}${f.name ? ` name=${f.name}` : ''}> ${f.label}`;

async function documentOf(page: Page): Promise<ElementHandle> {
  const root = await page.$('html');
  if (!root) throw new Error('no document');
  return root;
}

/** Presses Tab until the focused element matches; fails after `max` presses, naming what it passed. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, max = 200): Promise<Focused> {
  const seen: string[] = [];
  const root = await documentOf(page);
  try {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const f = await focusIn(root);
      if (matches(f)) return f;
      seen.push(describeFocus(f));
    }
  } finally {
    await root.dispose();
  }
  throw new Error(`Tab never reached the element; passed:\n${seen.join('\n')}`);
}

/**
 * Every element Tab reaches on a freshly loaded page, in order, until the
 * focus leaves the document or comes back to the first element.
 */
export async function tabSequence(page: Page, max = 2000): Promise<Focused[]> {
  const out: Focused[] = [];
  const root = await documentOf(page);
  try {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const f = await focusIn(root);
      if (f.tag === 'body' || (out.length > 0 && describeFocus(f) === describeFocus(out[0]!) && f.href === out[0]!.href)) return out;
      out.push(f);
    }
  } finally {
    await root.dispose();
  }
  throw new Error(`more than ${max} Tab stops`);
}

/** What a person types into 申请公开 (the agency by its name in the list). */
export interface OnlineApplication {
  readonly agency: string;
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly description: string;
}

/**
 * Fills 申请公开 (reached from the main navigation) with the mouse as a natural
 * person asking for an answer by e-mail, sends it, and reads the receipt: the
 * case number and the lookup code it shows once.
 */
export async function applyOnline(page: Page, a: OnlineApplication): Promise<{ status: number; caseNumber: string; code: string }> {
  await page.goto('/');
  await clickAndWait(page, mainNav(page).getByRole('link', { name: '申请公开' }));
  await page.getByLabel('受理机关').selectOption({ label: a.agency });
  await page.getByLabel('申请人类型').selectOption('naturalPerson');
  await page.getByLabel('姓名或单位名称').fill(a.name);
  await page.getByLabel('身份证明类型').selectOption('residentIdCard');
  await page.getByLabel('证件号码').fill(a.idNumber);
  await page.getByLabel('联系电话').fill(a.phone);
  await page.getByLabel('电子邮箱').fill(a.email);
  await page.getByLabel('通信地址').fill(a.address);
  await page.getByLabel('所需政府信息的名称、文号或者便于查询的其他特征性描述').fill(a.description);
  await page.getByLabel('获取信息的途径').selectOption('email');
  const res = await clickAndWait(page, page.getByRole('button', { name: '提交申请' }));
  return {
    status: res.status(),
    caseNumber: (await page.locator('.receipt dt:has-text("案件编号") + dd').innerText()).trim(),
    code: (await page.locator('.lookup-code').innerText()).trim(),
  };
}

/** 查询办理进度 with a case number and code; resolves with the page's response. */
export async function lookUpCase(page: Page, caseNumber: string, code: string): Promise<Response> {
  await page.goto('/status');
  await page.getByLabel('案件编号').fill(caseNumber);
  await page.getByLabel('查询码').fill(code);
  return clickAndWait(page, page.getByRole('button', { name: '查询' }));
}

/**
 * Opens every `<details>` of the page (a case page's step and letter forms), as clicking each summary
 * would, but without moving the focus: a Tab walk afterwards still starts at the top.
 */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
}
