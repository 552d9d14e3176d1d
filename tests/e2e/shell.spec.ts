import { test, expect, open, expectAccessible } from './fixtures';

const heading = (page) => page.locator('main h1');

test('the app starts on the interviews screen from a sub-path', async ({ page }) => {
  await open(page);
  expect(new URL(page.url()).pathname).toBe('/some/sub/path/');
  await expect(heading(page)).toHaveText('Interviews');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link')).toHaveText([
    'Interviews',
    'Lenses',
    'Library',
    'Data',
  ]);
  await expect(page.getByText('There are no interviews on this device yet.')).toBeVisible();
  await expect(page).toHaveTitle('Interviews · Interviewgids');
});

test('switching to Dutch survives a reload', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(heading(page)).toHaveText('Gesprekken');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(heading(page)).toHaveText('Gesprekken');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await expect(heading(page)).toHaveText('Interviews');
});

test.describe('with a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });
  test('the first start is in Dutch', async ({ page }) => {
    await open(page);
    await expect(heading(page)).toHaveText('Gesprekken');
    await expect(page).toHaveTitle('Gesprekken · Interviewgids');
  });
});

test('a deep hash route lands on the same screen after a reload', async ({ page }) => {
  await open(page, '#/data');
  await expect(heading(page)).toHaveText('Data');
  await page.reload();
  await expect(heading(page)).toHaveText('Data');
  await expect(page.getByRole('link', { name: 'Data' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL(/\/some\/sub\/path\/#\/library$/);
  await expect(heading(page)).toHaveText('Library');
  await page.reload();
  await expect(heading(page)).toHaveText('Library');
  await page.goBack();
  await expect(heading(page)).toHaveText('Data');
});

test('an unknown route gets a friendly page with a way back', async ({ page }) => {
  await open(page, '#/no/such/screen');
  await expect(heading(page)).toHaveText('This page does not exist');
  await expect(page.getByText('The address “#/no/such/screen” does not lead')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the interviews' }).click();
  await expect(heading(page)).toHaveText('Interviews');
});

test('unreadable stored data is kept aside, reported, and the app still works', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('interviewgids.session.s-1', '{"id": "s-1", broken'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some stored data could not be read (interviewgids.session.s-1)');
  const stored = await page.evaluate(() => ({
    original: localStorage.getItem('interviewgids.session.s-1'),
    aside: localStorage.getItem('interviewgids.aside.1.interviewgids.session.s-1'),
  }));
  expect(stored).toEqual({ original: null, aside: '{"id": "s-1", broken' });

  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByText('interviewgids.aside.1.interviewgids.session.s-1')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('interviewgids-aside-1-interviewgids-session-s-1.txt');

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('every screen passes axe in both languages', async ({ page }) => {
  // A corrupt value on every load, so the warning banner is part of each scan.
  await page.addInitScript(() => localStorage.setItem('interviewgids.session.bad', 'not json'));
  for (const lang of ['English', 'Nederlands']) {
    for (const hash of ['#/sessions', '#/lenses', '#/library', '#/data', '#/nowhere']) {
      await open(page, hash);
      await page.getByRole('button', { name: lang }).click();
      await expect(page.locator('.notice')).not.toHaveCount(0);
      await expectAccessible(page, `${hash} in ${lang}`);
    }
  }
});

test.describe('the Content-Security-Policy', () => {
  test.use({ allowConsole: [/Executing inline script violates the following Content Security Policy/] });
  test('is in force, without unsafe-inline', async ({ page }) => {
  await open(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).not.toContain('unsafe-inline');
  // An injected inline script does not run, and the browser reports the violation.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = '(window as any).__ran = true;'.replace(' as any', '');
    document.head.appendChild(script);
    return (window as any).__ran === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => (window as any).__csp.length)).toBe(1);
  await page.evaluate(() => ((window as any).__csp = []));
});
});
