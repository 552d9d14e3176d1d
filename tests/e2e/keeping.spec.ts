import { test, expect, open, newSession, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

/** Safari on an iPad, as it introduces itself (iPadOS asks for desktop pages by default). */
const IPAD =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15';

const REMINDER = 'No backup has been made for';

/** An interview stored, the last backup `days` ago, and a fresh start of the app. */
async function backedUpDaysAgo(page: Page, days: number) {
  await newSession(page, 'Eva Smits');
  const last = new Date(Date.now() - days * 86_400_000).toISOString();
  await page.evaluate((last) => {
    const prefs = JSON.parse(localStorage.getItem('interviewgids.prefs') ?? '{}');
    localStorage.setItem('interviewgids.prefs', JSON.stringify({ ...prefs, last_backup: last }));
  }, last);
  await open(page, '#/sessions');
  await page.reload();
}

test.describe('on Safari, which deletes data after a week without a visit', () => {
  test.use({ userAgent: IPAD });

  test('a one-time notice and the Data screen say so, with the two remedies', async ({ page }) => {
    // Safari may refuse persistent storage; here it does.
    await page.addInitScript(() => {
      StorageManager.prototype.persist = () => Promise.resolve(false);
      StorageManager.prototype.persisted = () => Promise.resolve(false);
    });
    await open(page, '#/sessions');
    const notice = page.locator('.notice').filter({ hasText: 'This browser deletes the interviews on this device' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Export a backup' })).toBeVisible();
    await expectAccessible(page, 'the notice that Safari may delete');
    // Once: not again after a reload.
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(notice).toHaveCount(0);

    await page.getByRole('link', { name: 'Data' }).click();
    const card = page.locator('.keeping');
    await expect(card.locator('.keep-persistent')).toHaveText('No');
    await expect(card.locator('.keep-risk')).toContainText('unless you open it from the home screen');
    await expect(card.locator('.keep-risk')).toContainText("in Safari tap Share (the square with the arrow pointing up), choose ‘Add to Home Screen’");
    await expect(card.locator('.keep-risk')).toContainText('at least every 3 days');
    await expectAccessible(page, 'the Data screen on Safari');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(card.locator('.keep-risk')).toContainText('Zet op beginscherm');
  });

  test('the backup reminder comes after three days instead of seven', async ({ page }) => {
    await page.addInitScript(() => {
      StorageManager.prototype.persist = () => Promise.resolve(false);
    });
    await backedUpDaysAgo(page, 4);
    await expect(page.locator('.notice').filter({ hasText: REMINDER })).toContainText('for 3 days or more');
  });

  test('installed on the home screen, nothing is said', async ({ page }) => {
    await page.addInitScript(() => {
      StorageManager.prototype.persist = () => Promise.resolve(false);
      Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true });
    });
    await open(page, '#/sessions');
    await page.waitForTimeout(800);
    await expect(page.locator('.notice')).toHaveCount(0);
    await page.getByRole('link', { name: 'Data' }).click();
    await expect(page.locator('.keeping .keep-risk')).toHaveCount(0);
  });
});

test('elsewhere the reminder keeps its week', async ({ page }) => {
  await backedUpDaysAgo(page, 4);
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page.locator('.notice').filter({ hasText: REMINDER })).toHaveCount(0);
});

test('a browser without a storage estimate says what it cannot show', async ({ page }) => {
  await page.addInitScript(() => {
    delete (StorageManager.prototype as any).estimate;
    delete (StorageManager.prototype as any).persisted;
    delete (StorageManager.prototype as any).persist;
  });
  await open(page, '#/data');
  await expect(page.locator('.keeping .keep-quota')).toHaveText('this browser does not report it');
  await expect(page.locator('.keeping .keep-persistent')).toHaveText('this browser does not say');
  // Chromium says nothing about a week without a visit: no notice of it.
  await expect(page.locator('.notice').filter({ hasText: 'seven days' })).toHaveCount(0);
  await expectAccessible(page, 'the Data screen without an estimate');
});
