import { test, expect } from '@playwright/test';

const screens = ['#/sessions', '#/lenses', '#/lenses/example-team-leader', '#/library', '#/library/planning-organising', '#/data', '#/nowhere'];

for (const lang of ['en', 'nl']) {
  test(`screens in ${lang}`, async ({ page }) => {
    await page.addInitScript((code) => {
      localStorage.setItem('interviewgids.prefs', JSON.stringify({ lang: code }));
    }, lang);
    for (const hash of screens) {
      await page.goto(`./${hash}`);
      await expect(page.locator('main h1')).toBeVisible();
      const name = hash.replace('#/', '').replace(/\//g, '-') || 'home';
      await page.screenshot({ path: `screenshots/${lang}-${name}.png`, fullPage: true });
    }
  });
}

test('banner', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('interviewgids.session.bad', 'nope'));
  await page.goto('./#/data');
  await expect(page.locator('.notice')).toBeVisible();
  await page.screenshot({ path: 'screenshots/en-banner.png', fullPage: true });
});

test('lens editor', async ({ page }) => {
  await page.goto('./#/lenses/example-project-manager');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('main h1')).toHaveText('Project manager (copy)');
  await page.getByRole('button', { name: 'Remove Presenting' }).click();
  await page.screenshot({ path: 'screenshots/en-lens-editor.png', fullPage: true });
});
