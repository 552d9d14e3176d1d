import { test, expect, open, newSession, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

async function toCompetencies(page: Page) {
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (let i = 0; i < 3; i++) await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.locator('.competency-nav')).toContainText('Competency 1 of 6');
}

test('skipping a standard question asks for a reason, and the evaluation shows the deviation', async ({ page }) => {
  await newSession(page, 'Iris Mol');
  await page.getByRole('navigation').getByRole('link', { name: 'Preparation' }).click();
  const first = page.locator('.prep-competency').first();
  const standard = first.locator('.question-choice').filter({ hasText: 'Standard question' }).first();
  const box = standard.getByRole('checkbox');
  await expect(box).toBeChecked();
  await box.click();
  // Not skipped yet: the question stays ticked until a reason is given.
  await expect(standard.getByText('Skip a standard question?').first()).toBeVisible();
  await expect(box).toBeChecked();
  const skip = standard.getByRole('button', { name: 'Skip this question' });
  await expect(skip).toBeDisabled();
  await standard.getByRole('button', { name: 'Keep asking it' }).click();
  await expect(box).toBeChecked();

  await box.click();
  await standard.getByLabel('Reason').fill('Already covered at length in the first round.');
  await skip.click();
  await expect(box).not.toBeChecked();
  await expect(standard).toContainText('skipped: \u2068Already covered at length in the first round.\u2069');
  await expectAccessible(page, 'preparation with a skipped standard question');

  await page.getByRole('navigation').getByRole('link', { name: 'Evaluation' }).click();
  const deviations = page.locator('.deviations');
  await expect(deviations).toContainText("Deviations from the position's standard");
  await expect(deviations.locator('li')).toHaveCount(1);
  await expect(deviations.locator('li')).toContainText('Already covered at length in the first round.');
});

test('Next moves from competency to competency, and leaving with some unrated says so', async ({ page }) => {
  await newSession(page, 'Joost Vink');
  await toCompetencies(page);
  const next = page.locator('.page-actions').getByRole('button', { name: 'Next competency' });
  // The fold-out for STAR fields shows whether it is open, and closes with its competency.
  const star = page.locator('.question-block details').first();
  await star.locator('summary').click();
  await expect(star).toHaveAttribute('open', '');
  await next.click();
  await expect(page.locator('.competency-nav')).toContainText('Competency 2 of 6');
  await expect(page.locator('.question-block details').first()).not.toHaveAttribute('open', '');
  for (let i = 3; i <= 6; i++) {
    await next.click();
    await expect(page.locator('.competency-nav')).toContainText(`Competency ${i} of 6`);
  }
  // The last competency: Next leaves the phase, but first says what is unrated.
  await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  const warning = page.locator('.confirm').filter({ hasText: 'Not rated yet:' });
  await expect(warning).toContainText('Leading and supervising');
  await expectAccessible(page, 'leaving the competencies unrated');
  await warning.getByRole('button', { name: 'Stay' }).click();
  await expect(page.locator('.phase-progress li.current')).toContainText('Competency questions');
  await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Go on to the closing' }).click();
  await expect(page.locator('.phase-progress li.current')).toContainText('Closing');
});

test('completing the evaluation needs a reason for each unrated competency', async ({ page }) => {
  await newSession(page, 'Kim de Lange');
  await toCompetencies(page);
  const rating = page.locator('.rating-block');
  await page.locator('.question-block').first().getByLabel('Notes').fill('Gave a clear example with a result.');
  await rating.getByLabel('Evidence: what did the candidate say and do?').fill('Planned the office move in three steps.');
  await rating.locator('.anchor-choice').nth(3).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Evaluation' }).click();

  const row = (name: string) => page.locator('table.results tr').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('Deciding')).toContainText('Not discussed');
  await page.locator('fieldset.choices').getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Substantiation').fill('One strong example; the rest was not discussed.');
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('First say why these competencies are not rated:')).toContainText('Deciding');
  await expect(page.getByText('Completed on')).toHaveCount(0);

  const reasons = page.locator('.unrated input');
  await expect(reasons).toHaveCount(5);
  for (const input of await reasons.all()) await input.fill('Not discussed: out of time.');
  await expectAccessible(page, 'evaluation with reasons for unrated competencies');
  // A yes while competencies went unrated departs from the standard: they were not shown to
  // meet it, so the substantiation says how it weighs that.
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('The recommendation departs from the standard: first write down')).toBeVisible();
  await expect(page.locator('.departure')).toContainText('Deciding\u2069 (not rated)');
  await page.getByLabel('Why you come to this recommendation all the same').fill('The rest follows in the second interview.');
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('Completed on')).toBeVisible();
  await page.reload();
  await expect(page.locator('.unrated input').first()).toHaveValue('Not discussed: out of time.');
});

test('every banner state passes axe, and a banner keeps its main action readable', async ({ page }) => {
  await newSession(page, 'Lotte Bakker');
  await page.evaluate(() => {
    const eight = new Date(Date.now() - 8 * 86_400_000).toISOString();
    localStorage.setItem('interviewgids.prefs', JSON.stringify({ last_backup: eight }));
    localStorage.setItem('other-app', 'x'.repeat(Math.floor(5 * 1024 * 1024 * 0.82)));
  });
  for (const lang of ['English', 'Nederlands']) {
    // Damaged data is kept aside when found, so each start gets a fresh piece of it.
    await page.evaluate(() => localStorage.setItem('interviewgids.session.broken', '{"id": "broken",'));
    await open(page, '#/sessions');
    await page.reload();
    await page.getByRole('button', { name: lang }).click();
    await expect(page.locator('.notice')).toHaveCount(3);
    await expectAccessible(page, `three banners in ${lang}`);
  }
  const backup = page.locator('.notice button.primary').first();
  const colours = await backup.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(31, 78, 107)']);
  await page.evaluate(() => localStorage.removeItem('other-app'));
});

test('the first question of a competency is on the first screen, upright and sideways, in both languages', async ({ page }) => {
  await newSession(page, 'Alexandra van den Heuvel-Bakker');
  await toCompetencies(page);
  for (const lang of ['Nederlands', 'English']) {
    await page.getByRole('button', { name: lang, exact: true }).click();
    for (const size of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const question = page.locator('.question-block .question-text').first();
      const box = (await question.boundingBox())!;
      expect(box.y + box.height, `${lang} ${size.width}×${size.height}`).toBeLessThanOrEqual(size.height);
      // Nothing sticks out sideways (long Dutch labels in the sticky bar wrap instead).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    }
  }
});
