import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, open, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';
import { ORG_PATH, UPDATE_DIR, UPDATE_PATH } from '../../playwright.config';

/** Waits until the service worker controls the page (reloading once if it is not yet). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('after one visit the app and its stored interviews work offline', async ({ page, context }) => {
  await open(page, '#/sessions/new');
  await page.getByLabel("Candidate's name").fill('Noor Haddad');
  await page.getByLabel('Position (lens)').selectOption({ label: 'Customer service employee' });
  await page.getByRole('button', { name: 'Go to the intake' }).click();
  await expect(page.locator('main h1')).toHaveText('Noor Haddad');
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Noor Haddad');
  await page.getByLabel('Interviewer').fill('Offline typed');
  await page.getByRole('link', { name: 'Back to the interviews' }).click();
  await expect(page.locator('.list-table')).toContainText('Noor Haddad');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByText('24 of 24 competencies')).toBeVisible();
  await context.setOffline(false);
});

test('a second deployment is offered as an update and taken on reload', async ({ page }) => {
  rmSync(UPDATE_DIR, { recursive: true, force: true });
  mkdirSync(UPDATE_DIR, { recursive: true });
  // Another copy of the app on the same origin keeps its offline copy throughout.
  await page.goto(ORG_PATH);
  await expect(page.locator('main h1')).toBeVisible();
  await controlled(page);
  const other = await page.evaluate(() => caches.keys());
  expect(other).toHaveLength(1);
  expect(other[0]).toMatch(new RegExp(`^interviewgids:${ORG_PATH}:[0-9a-f]{16}$`));
  await page.goto(UPDATE_PATH);
  await expect(page.locator('main h1')).toBeVisible();
  await controlled(page);
  const before = (await page.evaluate(() => caches.keys())).filter((k) => !other.includes(k));
  expect(before).toHaveLength(1);
  expect(before[0].startsWith(`interviewgids:${UPDATE_PATH}:`)).toBe(true);

  // The next build: the same files, a new service worker with a new cache name.
  const worker = readFileSync(join('dist', 'sw.js'), 'utf8');
  const build = before[0].split(':').pop()!;
  writeFileSync(join(UPDATE_DIR, 'sw.js'), worker.replace(build, 'secondbuild00000'));
  await page.reload();
  await expect(page.getByText('A new version of Interviewgids is ready.')).toBeVisible();
  await expectAccessible(page, 'the update banner');
  // A second tab of the app, with an interview open and something just typed in it.
  const second = await page.context().newPage();
  await second.goto(`${UPDATE_PATH}#/sessions/new`);
  await second.getByLabel("Candidate's name").fill('Ilse Vos');
  await second.getByLabel('Position (lens)').selectOption({ label: 'Team leader' });
  await second.getByRole('button', { name: 'Go to the intake' }).click();
  await expect(second.locator('main h1')).toHaveText('Ilse Vos');
  await second.getByLabel('Interviewer', { exact: true }).fill('Typed just before the update');

  // Taking the update reloads the page from the new worker, and the other tab with it, after
  // saving what was typed there.
  await Promise.all([
    page.waitForEvent('framenavigated'),
    second.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Reload now' }).click(),
  ]);
  await second.waitForLoadState();
  await expect(second.getByLabel('Interviewer', { exact: true })).toHaveValue('Typed just before the update');
  await second.close();
  await page.waitForLoadState();
  await expect(page.locator('main h1')).toBeVisible();
  const caches = async () => page.evaluate(() => caches.keys()).catch(() => ['(reloading)']);
  await expect
    .poll(async () => (await caches()).sort())
    .toEqual([...other, `interviewgids:${UPDATE_PATH}:secondbuild00000`].sort());
  await expect(page.getByText('A new version of Interviewgids is ready.')).toHaveCount(0);
  rmSync(UPDATE_DIR, { recursive: true, force: true });
});

test.describe('where service workers are blocked (a policy, a private window)', () => {
  test.use({ serviceWorkers: 'block' });

  test('the app starts and keeps interviews without offline use, with no error', async ({ page }) => {
    await open(page, '#/sessions/new');
    await page.getByLabel("Candidate's name").fill('Noor Haddad');
    await page.getByLabel('Position (lens)').selectOption({ label: 'Customer service employee' });
    await page.getByRole('button', { name: 'Go to the intake' }).click();
    await page.getByLabel('Interviewer').fill('Online only');
    await page.reload();
    await expect(page.getByLabel('Interviewer')).toHaveValue('Online only');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
  });
});
