import { test, expect, stored, newSession } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

/** Fills localStorage with filler until the browser refuses more. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 8; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        /* full at this size; try smaller pieces */
      }
    }
    return n;
  });

const freeStorage = (page: Page) =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });

test('a full store keeps the edit on screen, warns, changes nothing, and saves once space is freed', async ({ page }) => {
  await newSession(page, 'Gijs Peters');
  const id = page.url().split('#/sessions/')[1];
  const key = `interviewgids.session.${id}`;
  await page.waitForTimeout(400);
  const before = (await stored(page))[key];
  await fillStorage(page);

  await page.getByLabel('Interviewer').fill('Typed while full');
  await expect(page.getByText("Saving failed: this browser's storage is full.")).toBeVisible();
  await expect(page.getByLabel('Interviewer')).toHaveValue('Typed while full');
  expect((await stored(page))[key]).toBe(before);

  await freeStorage(page);
  await expect(page.getByText("Saving failed: this browser's storage is full.")).toHaveCount(0, { timeout: 8_000 });
  expect(JSON.parse((await stored(page))[key]!).interviewer).toBe('Typed while full');
  await page.reload();
  await expect(page.getByLabel('Interviewer')).toHaveValue('Typed while full');
});

test('two tabs on one interview: one follows the other, and a real conflict keeps both', async ({ page, context }) => {
  await newSession(page, 'Fleur Bos');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator('main h1')).toHaveText('Fleur Bos');

  // Edits in one tab appear in the other.
  await page.getByLabel('Interviewer').fill('First tab');
  await expect(other.getByLabel('Interviewer')).toHaveValue('First tab');

  // Both edit before either has saved: the first tab to hear of the other's save keeps both.
  await other.getByLabel('Interviewer').fill('Second tab');
  await page.getByLabel('Interviewer').fill('First tab again');
  await expect(page.getByText('This interview was also changed in another tab.')).toBeVisible();
  await expect(page.getByLabel('Interviewer')).toHaveValue('Second tab');

  const all = await stored(page);
  const interviewers = Object.entries(all)
    .filter(([k]) => k.startsWith('interviewgids.session.'))
    .map(([, v]) => JSON.parse(v!).interviewer)
    .sort();
  expect(interviewers).toEqual(['First tab again', 'Second tab']);
  await page.getByRole('link', { name: 'Open my copy' }).click();
  await expect(page.getByLabel('Interviewer')).toHaveValue('First tab again');
  await other.close();
});
