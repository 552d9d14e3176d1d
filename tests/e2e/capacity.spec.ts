import { readFileSync } from 'node:fs';
import { test, expect, open, stored, storedRaw, finishExport } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

/** The typical interview the app stored when it was driven through one (schema 1 layout). */
const fixture: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/store-v1-typical.json', 'utf8'));
const typical = JSON.parse(Object.entries(fixture).find(([k]) => k.startsWith('interviewgids.session.'))![1]);

const candidate = (n: number) => ({ ...structuredClone(typical), id: `s-${String(n).padStart(5, '0')}`, candidate: `Kandidaat ${n}` });

/** A version 1 backup (every session with its lens), as an older release exported it. */
const backupOf = (from: number, count: number) =>
  JSON.stringify({
    format: 'interviewgids', version: 1, kind: 'backup', exported_at: '2026-11-28T10:00:00Z',
    sessions: Array.from({ length: count }, (_, i) => candidate(from + i)), lenses: [],
  });

/** JSON with sorted keys, to compare content whatever the order of fields. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);

/** The sessions of an exported backup, each with its lens joined back in from its snapshot. */
function sessionsOf(file: any): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of file.sessions) {
    // Every session the app stores records the data model of the build that saved it.
    expect(s.written_by).toBe(1);
    const { snapshot, written_by: _, ...rest } = s;
    out.set(s.id, canonical(snapshot ? { ...rest, lens: file.snapshots[snapshot] } : rest));
  }
  return out;
}

async function exportBackup(page: Page, path: string) {
  await open(page, '#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup' }).first().click();
  await finishExport(page);
  await (await download).saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const status = (page: Page) => page.locator('.drop-zone [role=status]');

test('a store filled to the quota backs up, and the backup restores every interview as it was', async ({ page }, info) => {
  test.setTimeout(600_000);
  await open(page, '#/data');
  // Fill with typical interviews until even one more does not fit.
  let stored_ = 0;
  let refusalChecked = false;
  for (let chunk = 100; chunk >= 1; ) {
    const before = refusalChecked ? null : await storedRaw(page);
    await page.locator('input[type=file]').setInputFiles({
      name: `part-${stored_}.json`, mimeType: 'application/json', buffer: Buffer.from(backupOf(stored_, chunk)),
    });
    await expect(page.locator('.import-preview')).toContainText(`New interviews: ${chunk}`, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(status(page)).toContainText(/stored:|Not imported\./, { timeout: 60_000 });
    if ((await status(page).textContent())!.includes('Not imported.')) {
      await expect(status(page)).toContainText(/Nothing has changed: this needs [\d.,]+ [kM]?B and only [\d.,]+ [kM]?B is free/);
      if (before) {
        expect(await storedRaw(page)).toEqual(before);
        refusalChecked = true;
      }
      chunk = Math.floor(chunk / 10);
    } else {
      await expect(status(page)).toContainText(`${chunk} stored:`);
      stored_ += chunk;
    }
  }
  console.log(`${stored_} typical interviews fill the store`);
  expect(stored_).toBeGreaterThanOrEqual(500);
  await page.reload();
  await expect(page.locator('.report-warn.nearly-full')).toContainText(/Storage is (9\d|100)% full/);

  const first = await exportBackup(page, info.outputPath('full.json'));
  expect(first.sessions).toHaveLength(stored_);
  const original = new Map(Array.from({ length: stored_ }, (_, n) => [candidate(n).id, canonical(candidate(n))]));
  expect(sessionsOf(first)).toEqual(original);

  // A new browser, as it were: empty storage, the backup imported back.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('There are no interviews to export yet.')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(info.outputPath('full.json'));
  await expect(page.locator('.import-preview')).toContainText(`New interviews: ${stored_}`, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(status(page)).toContainText(`${stored_} stored:`, { timeout: 120_000 });

  const second = await exportBackup(page, info.outputPath('again.json'));
  expect(sessionsOf(second)).toEqual(original);
});

test('a store written by the previous release is upgraded at start with nothing lost', async ({ page }) => {
  await open(page, '#/data');
  // Today's layout: plain JSON, a full lens in every session; 120 interviews of them.
  const index = JSON.parse(fixture['interviewgids.index']);
  const sessions = Array.from({ length: 120 }, (_, n) => candidate(n));
  await page.evaluate(({ sessions, index }) => {
    localStorage.clear();
    for (const s of sessions) localStorage.setItem(`interviewgids.session.${s.id}`, JSON.stringify(s));
    const summary = index.sessions[0];
    index.sessions = sessions.map((s: any) => ({ ...summary, id: s.id, candidate: s.candidate }));
    localStorage.setItem('interviewgids.index', JSON.stringify(index));
  }, { sessions, index });
  const before = await page.evaluate(() => JSON.stringify(localStorage).length);
  await page.reload();
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.locator('.list-table tbody tr')).toHaveCount(50);
  await page.getByRole('button', { name: 'Show all 120', exact: true }).click();
  await expect(page.locator('.list-table tbody tr')).toHaveCount(120);
  const after = await page.evaluate(() => JSON.stringify(localStorage).length);
  expect(after).toBeLessThan(before / 3);
  const now = await stored(page);
  expect(JSON.parse(now['interviewgids.index']!).schema).toBe(2);
  expect(Object.keys(now).filter((k) => k.startsWith('interviewgids.snapshot.'))).toHaveLength(1);
  await page.getByRole('link', { name: 'Kandidaat 7', exact: true }).click();
  await page.getByRole('link', { name: 'Evaluation' }).click();
  await expect(page.getByLabel('Substantiation')).toHaveValue(typical.evaluation.substantiation);
});

test('a damaged interview is found at start and listed as damaged, not as a dead link', async ({ page }, info) => {
  await open(page, '#/sessions/new');
  await page.getByLabel("Candidate's name").fill('Eva Damen');
  await page.getByLabel('Position (lens)').selectOption({ label: 'Team leader' });
  await page.getByRole('button', { name: 'Go to the intake' }).click();
  await expect(page.locator('main h1')).toHaveText('Eva Damen');
  const key = `interviewgids.session.${page.url().split('#/sessions/')[1]}`;
  await page.waitForTimeout(400);
  // Half the value is lost, as a crash mid-write might leave it.
  await page.evaluate((key) => {
    const value = localStorage.getItem(key)!;
    localStorage.setItem(key, value.slice(0, value.length / 2));
  }, key);
  await page.goto('./#/sessions');
  await page.reload();
  const damaged = page.locator('.damaged-list');
  await expect(damaged).toContainText('Damaged interviews');
  await expect(damaged.locator('li')).toContainText('Eva Damen');
  await expect(page.getByRole('link', { name: 'Eva Damen' })).toHaveCount(0);
  await expect(page.getByText('Some stored data could not be read')).toBeVisible();

  const download = page.waitForEvent('download');
  await damaged.getByRole('button', { name: 'Download the text' }).click();
  await (await download).saveAs(info.outputPath('damaged.txt'));
  expect(readFileSync(info.outputPath('damaged.txt'), 'utf8')).toContain('"candidate":"Eva Damen"');
  page.once('dialog', (dialog) => dialog.accept());
  await damaged.getByRole('button', { name: 'Delete' }).click();
  await expect(damaged).toHaveCount(0);
  expect(Object.keys(await stored(page)).filter((k) => k.includes('aside'))).toEqual([]);
});

test('the storage meter says how many more interviews fit, and warns from 80 % full', async ({ page }) => {
  await open(page, '#/data');
  await expect(page.getByText(/for about 6\d\d more interviews of typical size/)).toBeVisible();
  await expect(page.locator('.report-warn.nearly-full')).toHaveCount(0);
  // Another app on this origin takes 85 % of the room.
  await page.evaluate(() => localStorage.setItem('other-app', 'x'.repeat(Math.floor(5 * 1024 * 1024 * 0.85))));
  await page.reload();
  await expect(page.locator('.report-warn.nearly-full')).toContainText('Storage is 85% full.');
  await expect(page.locator('.notice')).toContainText("This browser's storage is 85% full.");
  await expect(page.getByText(/for about [89]\d more interviews of typical size/)).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('other-app'));
});
