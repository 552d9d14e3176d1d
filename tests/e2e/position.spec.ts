import { test, expect, open, newSession, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

/** A candidate for the Team leader lens, interviewed on `date`, rated `level` on the first competency. */
async function interviewed(page: Page, name: string, date: string, level: number) {
  await newSession(page, name);
  await page.getByLabel('Date and time of the interview').fill(date);
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (let i = 0; i < 3; i++) await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  const rating = page.locator('.rating-block');
  await rating.getByLabel('Evidence: what did the candidate say and do?').fill(`What ${name} did, concretely.`);
  await rating.locator('.anchor-choice').nth(level - 1).click();
  await expect(rating.locator('input[type=radio]:checked')).toHaveCount(1);
}

test('the position overview sets three candidates against the standard, with no ranking', async ({ page }) => {
  test.setTimeout(60_000);
  // The highest rated candidate is neither first by name nor by date.
  await interviewed(page, 'Zeynep Kaya', '2026-12-03T09:00', 5);
  await interviewed(page, 'Anouk de Wit', '2026-12-04T09:00', 2);
  await interviewed(page, 'Bram Jansen', '2026-12-02T09:00', 4);

  await open(page, '#/sessions');
  await page.getByRole('link', { name: 'Team leader (3)' }).click();
  await expect(page.locator('main h1')).toHaveText('Team leader: candidates against the standard');
  await expect(page.locator('main')).toContainText('not against the other candidates');
  const names = () => page.locator('table.overview tbody th a').allTextContents();
  expect(await names()).toEqual(['Anouk de Wit', 'Bram Jansen', 'Zeynep Kaya']);

  // Each first-competency cell says where that candidate stands, in words and by shape.
  const first = (name: string) =>
    page.locator('table.overview tbody tr').filter({ hasText: name }).locator('td').first();
  await expect(first('Anouk de Wit')).toContainText('Below standard');
  await expect(first('Anouk de Wit')).toContainText('2, standard 4');
  await expect(first('Bram Jansen')).toContainText('Meets standard');
  await expect(first('Zeynep Kaya')).toContainText('Above standard');
  await expect(first('Zeynep Kaya').locator('.versus-above')).toHaveCount(1);
  // Unrated competencies show it, with the missing reason.
  await expect(page.locator('table.overview tbody tr').first().locator('td').nth(1)).toContainText('Not rated');
  await expect(page.locator('table.overview tbody tr').first().locator('td').nth(1)).toContainText('no reason given yet');
  // Nothing adds the ratings up or ranks anyone: a column per competency and the
  // recommendation, no sum, no position number.
  await expect(page.locator('table.overview thead th')).toHaveText([
    'Candidate', 'Leading and supervising', 'Deciding', 'Influencing and inspiring', 'Cooperating',
    'Planning and organising', 'Coping with pressure', 'Overall recommendation',
  ]);
  await expect(page.locator('table.overview')).not.toContainText(/total|rank|best|average|#\d/i);

  await page.getByLabel('By interview date').check();
  expect(await names()).toEqual(['Bram Jansen', 'Zeynep Kaya', 'Anouk de Wit']);
  await expectAccessible(page, 'position overview');

  await page.getByLabel('Show').selectOption({ label: 'Completed' });
  await expect(page.getByText('There are no interviews for this position yet.')).toBeVisible();
  await expect(page.getByText('Hidden by the filter: 3.')).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'In progress' });
  expect(await names()).toHaveLength(3);

  // From the lens, too; a candidate's name leads to their evaluation.
  await open(page, '#/lenses');
  await page.getByRole('link', { name: 'Team leader', exact: true }).click();
  await page.getByRole('link', { name: 'Candidates for this position' }).click();
  await page.getByRole('link', { name: 'Zeynep Kaya' }).click();
  await expect(page.locator('.steps a.current')).toContainText('Evaluation');
});

test('the position overview reads in Dutch and prints the whole table', async ({ page }) => {
  await interviewed(page, 'Sanne de Vries', '2026-12-03T09:00', 4);
  await open(page, '#/sessions');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  // The position keeps the name its lens had when the interview was created.
  await page.getByRole('link', { name: 'Team leader (1)' }).click();
  await expect(page.locator('main h1')).toHaveText(/^(Team leader|Teamleider): kandidaten naast de norm$/);
  await expect(page.locator('table.overview tbody td').first()).toContainText('Voldoet aan de norm');
  await expectAccessible(page, 'position overview in Dutch');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.overview-tools')).toBeHidden();
  await expect(page.locator('table.overview')).toBeVisible();
});
