import { readFileSync } from 'node:fs';
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

for (const lang of ['en', 'nl']) {
  test(`interview screens in ${lang}`, async ({ page }) => {
    await page.addInitScript((code) => {
      if (!localStorage.getItem('interviewgids.prefs')) {
        localStorage.setItem('interviewgids.prefs', JSON.stringify({ lang: code }));
      }
    }, lang);
    await page.goto('./#/sessions/new');
    await page.locator('input[type=text]').first().fill('Sanne de Vries');
    await page.locator('select').selectOption('example-team-leader');
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('main h1')).toHaveText('Sanne de Vries');
    const inputs = page.locator('.score-grid input');
    const scores = ['74', '31', '55', '7a', '40', '70'];
    for (let i = 0; i < 6; i++) await inputs.nth(i).fill(scores[i]);
    await page.screenshot({ path: `screenshots/${lang}-session-intake.png`, fullPage: true });
    await inputs.nth(3).fill('60');
    await page.locator('.steps a').nth(1).click();
    await page.screenshot({ path: `screenshots/${lang}-session-prepare.png`, fullPage: true });
    await page.locator('.page-actions button.primary').click();
    const names = ['warmup', 'clarity', 'assessment', 'competencies', 'closing'];
    for (let i = 0; i < 5; i++) {
      if (i === 3) {
        await page.locator('.question-block textarea').first().fill('Leidde een reorganisatie met 12 mensen.');
        await page.locator('.rating-block .anchor-choice').nth(3).click();
      }
      await page.screenshot({ path: `screenshots/${lang}-phase-${names[i]}.png`, fullPage: true });
      if (i < 4) await page.locator('.page-actions button.primary').click();
    }
    await page.locator('.steps a').nth(3).click();
    await page.screenshot({ path: `screenshots/${lang}-session-evaluation.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `screenshots/${lang}-session-print.png`, fullPage: true });
  });
}

for (const lang of ['en', 'nl']) {
  test(`import preview, damaged interview and full storage in ${lang}`, async ({ page }) => {
    await page.addInitScript((code) => {
      if (!localStorage.getItem('interviewgids.prefs')) localStorage.setItem('interviewgids.prefs', JSON.stringify({ lang: code }));
    }, lang);
    const lens = JSON.parse(readFileSync('tests/e2e/org/org-library.json', 'utf8')).lenses[0];
    const session = (id: string, candidate: string) => ({ id, candidate, lens });
    const file = JSON.stringify({ format: 'interviewgids', version: 1, kind: 'backup',
      sessions: [session('s-a', 'Anna Visser'), session('s-b', 'Bram Kok'), session('s-c', 'Chris de Wit')], lenses: [] });
    await page.goto('./#/data');
    await page.locator('input[type=file]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.locator('.import-preview button.primary').click();
    const changed = file.replace('Anna Visser', 'Anna Visser-de Boer').replace('Bram Kok', 'Bram Kok jr.');
    await page.locator('input[type=file]').setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(changed) });
    await expect(page.locator('.import-preview')).toBeVisible();
    await page.locator('.import-preview').screenshot({ path: `screenshots/${lang}-import-preview.png` });
    await page.evaluate(() => {
      localStorage.setItem('interviewgids.session.s-c', localStorage.getItem('interviewgids.session.s-c')!.slice(0, 200));
      localStorage.setItem('other-app', 'x'.repeat(4_400_000));
    });
    await page.goto('./#/sessions');
    await page.reload();
    await expect(page.locator('.damaged-list')).toBeVisible();
    await page.screenshot({ path: `screenshots/${lang}-sessions-damaged.png`, fullPage: true });
    await page.goto('./#/data');
    await page.screenshot({ path: `screenshots/${lang}-data-full.png`, fullPage: true });
  });
}
