/**
 * 登录 and 退出 in Chromium: a wrong password shows the error on the form and
 * signs nobody in; the right one signs in (the navigation names the user and
 * offers the review pages); 退出 signs out and the review pages need a
 * sign-in again.
 */
import { expect, it } from 'vitest';
import { clickAndWait, mainNav, signIn, signOut } from './actions.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

describeBrowser('sign-in in the browser', () => {
  const s = useBrowserSuite();

  it('a wrong password: the error is shown on the form, nobody is signed in', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await clickAndWait(page, mainNav(page).getByRole('link', { name: '登录' }));
    await page.getByLabel('登录名', { exact: true }).fill('clerk');
    await page.getByLabel('密码', { exact: true }).fill(`${s.site.user('clerk').password}x`);
    const res = await clickAndWait(page, page.getByRole('button', { name: '登录', exact: true }));
    expect(res.status()).toBe(401);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain('登录名或密码不正确');
    expect(await page.locator('form[action="/login"]').getAttribute('aria-describedby')).toBe('login-error');
    expect(await page.getByLabel('登录名', { exact: true }).inputValue()).toBe('clerk');
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    expect(await mainNav(page).getByRole('link', { name: '登录' }).count()).toBe(1);
    expect(await mainNav(page).getByRole('link', { name: '上传报告' }).count()).toBe(0);
    expect((await page.goto('/upload'))!.status()).toBe(401);
  });

  it('the right password signs in; 退出 signs out', async () => {
    const page = await s.newPage();
    const clerk = s.site.user('clerk');
    await signIn(page, clerk);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await mainNav(page).getByRole('link', { name: `${clerk.displayName}（经办人）` }).count()).toBe(1);
    expect(await mainNav(page).getByRole('link', { name: '上传报告' }).count()).toBe(1);
    expect(await mainNav(page).getByRole('link', { name: '待匹配' }).count()).toBe(0);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'gk_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect((await page.goto('/upload'))!.status()).toBe(200);

    await signOut(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await mainNav(page).getByRole('link', { name: '上传报告' }).count()).toBe(0);
    expect((await page.context().cookies()).some((c) => c.name === 'gk_session')).toBe(false);
    expect((await page.goto('/upload'))!.status()).toBe(401);
  });

  it('a page that needs a sign-in leads to the form and back after signing in', async () => {
    const page = await s.newPage();
    const admin = s.site.user('admin');
    expect((await page.goto('/queue'))!.status()).toBe(401);
    await clickAndWait(page, page.getByRole('link', { name: '前往登录' }));
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('登录名', { exact: true }).fill(admin.login);
    await page.getByLabel('密码', { exact: true }).fill(admin.password);
    const res = await clickAndWait(page, page.getByRole('button', { name: '登录', exact: true }));
    expect(res.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/queue');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('待匹配的报告');
  });
});
