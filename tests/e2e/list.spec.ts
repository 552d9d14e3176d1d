import { readFileSync } from 'node:fs';
import { test, expect, open, importFile, expectAccessible } from './fixtures';

/** The typical interview the app stored when it was driven through one. */
const fixture: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/store-v1-typical.json', 'utf8'));
const typical = JSON.parse(Object.entries(fixture).find(([k]) => k.startsWith('interviewgids.session.'))![1]);

const day = (base: string, plus: number) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
};

// 150 interviews: a third still to come, a third not planned, a third held years ago.
const sessions = Array.from({ length: 150 }, (_, i) => {
  const group = ['coming', 'unplanned', 'held'][i % 3];
  const n = String(i).padStart(3, '0');
  const scheduled_at =
    group === 'coming' ? `${day('2098-01-01', i)}T09:00` : group === 'held' ? `${day('2021-01-01', i)}T09:00` : '';
  return { ...structuredClone(typical), id: `s-list-${n}`, candidate: `${group} ${n}`, scheduled_at };
});
const backup = JSON.stringify({
  format: 'interviewgids', version: 1, kind: 'backup', exported_at: '2026-11-28T10:00:00Z', sessions, lenses: [],
});

test('a long list shows what comes next first, fifty rows and a week of days, and all on request', async ({ page }) => {
  await open(page, '#/data');
  await importFile(page, { name: 'year.json', text: backup });
  await expect(page.getByText('150 stored', { exact: false })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Interviews' }).click();

  // The next week of planned days links to their plans; the rest on request.
  const days = page.getByRole('navigation', { name: 'Planned days' });
  await expect(days.getByRole('link')).toHaveCount(7);
  await days.getByRole('button', { name: 'Show all 50 days' }).click();
  await expect(days.getByRole('link')).toHaveCount(50);
  await expect(days.getByRole('button')).toHaveCount(0);

  const names = page.locator('.list-table tbody tr td:first-child');
  await expect(names).toHaveCount(50);
  // Still to come, soonest first: the fifty shown are all of them.
  const coming = sessions.filter((s) => s.candidate.startsWith('coming')).map((s) => s.candidate);
  expect(await names.allInnerTexts()).toEqual(coming);
  await expect(page.locator('.list-more p')).toHaveText(
    'Shown: 50 of 150 interviews, those to come first, then those not yet planned and the most recent.',
  );
  const more = page.getByRole('button', { name: 'Show all 150', exact: true });
  await expectAccessible(page, 'a long list');

  await more.click();
  await expect(names).toHaveCount(150);
  await expect(more).toHaveCount(0);
  await expect(page.locator('.list-more')).toHaveCount(0);
  // Then not planned, by name; held interviews last, the most recent first.
  const unplanned = sessions.filter((s) => s.candidate.startsWith('unplanned')).map((s) => s.candidate);
  const held = sessions.filter((s) => s.candidate.startsWith('held')).map((s) => s.candidate).reverse();
  expect(await names.allInnerTexts()).toEqual([...coming, ...unplanned, ...held]);

  // The rows are drawn for the language: switching redraws them in Dutch, the order kept.
  const unplannedRow = page.locator('.list-table tbody tr').nth(50);
  await expect(unplannedRow).toContainText('Not scheduled');
  await expect(unplannedRow).toContainText('Completed');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(unplannedRow).toContainText('Nog niet gepland');
  await expect(unplannedRow).toContainText('Afgerond');
  expect(await names.allInnerTexts()).toEqual([...coming, ...unplanned, ...held]);
});
