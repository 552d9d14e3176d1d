import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, open, newSession, storedRaw, expectAccessible } from './fixtures';

// Requests are counted here without the service worker, which fetches every piece after load
// so the app works offline (offline.spec covers that path).
test.use({ serviceWorkers: 'block', allowConsole: [/Failed to fetch|Failed to load resource|ERR_FAILED/] });

test('the interview list loads no piece; each screen brings its own piece when it is opened', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop()!;
    if (name.endsWith('.wasm')) wasm.push(name);
  });
  await open(page);
  await expect(page.locator('main h1')).toHaveText('Interviews');
  expect(wasm.filter((f) => !/^interviewgids-[0-9a-f]{16}_bg\.wasm$/.test(f))).toEqual([]);

  await newSession(page, 'Sara Lind');
  expect(wasm.some((f) => f.startsWith('split-manage-'))).toBe(true);
  expect(wasm.some((f) => f.startsWith('split-session-'))).toBe(true);
  expect(wasm.some((f) => f.startsWith('split-data-') || f.startsWith('split-export-'))).toBe(false);

  // The export form comes with the first export.
  await page.getByRole('button', { name: 'Export this interview' }).click();
  await expect(page.getByRole('dialog').getByLabel('Protect with a passphrase')).toBeVisible();
  expect(wasm.some((f) => f.startsWith('split-export-'))).toBe(true);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  // Each piece was asked for once, however often its screens were opened.
  expect(new Set(wasm).size).toBe(wasm.length);
});

test('a piece that cannot be loaded says so, changes nothing, and loads on "Try again"', async ({ page }) => {
  await newSession(page, 'Ilse de Wit');
  let blocked = true;
  await page.route(/split-data-[0-9a-f]{16}\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
  await page.getByRole('link', { name: 'Back to the interviews' }).click();
  // The list offers the device lock once (and remembers that): what is stored from here on.
  await expect(page.locator('.notices')).toContainText('unless you lock');
  const before = await storedRaw(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Data' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing was changed.');
  await expectAccessible(page, 'a piece that failed to load');
  expect(await storedRaw(page)).toEqual(before);

  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('main h1')).toHaveText('Data');
  await expect(alert).toHaveCount(0);
});

test('a host that sends the pieces with another type than application/wasm still works', async ({ page }) => {
  const served: string[] = [];
  await page.route(/\/(split|chunk)-[0-9a-z-]+\.wasm$/, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    served.push(name);
    const body = readFileSync(`dist/${name}`);
    await route.fulfill({ status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body });
  });
  await open(page, '#/data');
  await expect(page.locator('main h1')).toHaveText('Data');
  expect(served.some((f) => f.startsWith('split-data-'))).toBe(true);
  expect(readdirSync('dist')).toEqual(expect.arrayContaining(served));
});

test('the export dialog says when its form cannot be loaded, and Cancel closes it', async ({ page }) => {
  await newSession(page, 'Tom Kok');
  await page.route(/split-export-[0-9a-f]{16}\.wasm$/, (route) => route.abort());
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Export this interview' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('This screen could not be loaded.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(downloads).toEqual([]);
});
