import { readFileSync } from 'node:fs';
import { test, expect, open, stored, newSession, finishExport } from './fixtures';

test.use({ viewport: { width: 768, height: 1024 } });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test('interviews past their retention period are listed and deleted for good', async ({ page }, info) => {
  await newSession(page, 'Dirk Smit');
  const id = page.url().split('#/sessions/')[1];
  await page.getByRole('link', { name: 'Evaluation' }).click();
  await expect(page.getByText('Fill in the end date of the procedure once it is known')).toBeVisible();
  await page.getByLabel('Procedure ended on').fill(daysAgo(40));
  await expect(page.getByText(`To be deleted from ${daysAgo(12)}.`)).toBeVisible();

  await newSession(page, 'Eva Mulder');
  await page.getByRole('link', { name: 'Evaluation' }).click();
  await page.getByLabel('Procedure ended on').fill(daysAgo(40));
  await page.getByLabel('The candidate consented to keeping the data longer').check();
  await expect(page.getByText(/^Consent recorded on \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();

  await page.getByRole('link', { name: 'Data' }).click();
  const due = page.locator('.due-row');
  await expect(due).toHaveCount(1);
  // The name is isolated (U+2068…U+2069) so right-to-left text in it cannot reorder the sentence.
  await expect(due).toContainText(`\u2068Dirk Smit\u2069 — due since ${daysAgo(12)}`);

  // Longer periods: nothing is due; nonsense periods are refused and change nothing.
  await page.getByLabel('Without consent').fill('60');
  await page.getByLabel('Without consent').blur();
  await expect(page.getByText('No interviews have passed their retention period.')).toBeVisible();
  await page.getByLabel('Without consent').fill('0');
  await page.getByLabel('Without consent').blur();
  await expect(page.getByText('Use at least 1 day')).toBeVisible();
  await page.getByLabel('Without consent').fill('28');
  await page.getByLabel('Without consent').blur();
  await expect(due).toHaveCount(1);

  // Export first, then delete: the key and the index entry are gone.
  // "Export before deleting" offers protection ticked: the file leaves the device.
  const download = page.waitForEvent('download');
  await due.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog').getByLabel('Protect with a passphrase')).toBeChecked();
  await finishExport(page, 'bewaar dit niet langer dan nodig');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-protected\.json$/);
  await file.saveAs(info.outputPath('dirk.json'));
  const sealed = readFileSync(info.outputPath('dirk.json'), 'utf8');
  expect(JSON.parse(sealed).kind).toBe('encrypted');
  expect(sealed).not.toContain('Dirk');
  await due.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Delete the interview with \u2068Dirk Smit\u2069 for good?')).toBeVisible();
  await due.getByRole('button', { name: 'Delete' }).last().click();
  await expect(due).toHaveCount(0);
  const after = await stored(page);
  expect(after[`interviewgids.session.${id}`]).toBeUndefined();
  expect(after['interviewgids.index']).not.toContain(id);
  expect(after['interviewgids.index']).toContain('Eva Mulder');
  await page.reload();
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.locator('.list-table tbody tr')).toHaveCount(1);
});

test('a rejection records its reason, completing proposes the end date, and a hired candidate stays off the list', async ({ page }) => {
  await newSession(page, 'Fenna de Wit');
  await page.getByRole('link', { name: 'Evaluation' }).click();
  await expect(page.getByRole('button', { name: 'Complete the evaluation' })).toBeVisible();
  for (const input of await page.locator('.unrated input').all()) await input.fill('Not discussed: out of time.');
  await page.locator('fieldset.choices').getByLabel('No', { exact: true }).check();
  await page.getByLabel('Substantiation').fill('Few concrete examples of leading a team.');
  const departure = page.locator('.departure');
  if (await departure.isVisible()) await departure.getByLabel('Why you come to this recommendation all the same').fill('Weighed as a whole.');
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Write down the reason for rejection before you complete the evaluation.' })).toBeVisible();
  await expect(page.getByText('Completed on')).toHaveCount(0);
  await page.getByLabel('Reason for rejection, as the candidate will hear it').fill('The examples of leading a team did not yet reach what the position asks.');
  if (process.env.SHOT) await page.locator('.rejection-reason').locator('..').screenshot({ path: '/tmp/rejection.png' });
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('Completed on')).toBeVisible();

  // The feedback draft: the own evidence and the recorded reason, in plain words; it prints alone.
  const feedback = page.locator('.feedback');
  const draft = feedback.getByLabel('Text of the feedback');
  await expect(draft).toHaveValue(/^Dear Fenna de Wit,/);
  await expect(draft).toHaveValue(/The reason: The examples of leading a team did not yet reach what the position asks\./);
  await expect(draft).not.toHaveValue(/level|anchor|\d/);
  await page.evaluate(() => {
    window.print = () => {
      (window as any).__printed = {
        page: document.body.classList.contains('print-letter'),
        text: document.querySelector('.feedback pre.letter-print.printing')?.textContent ?? null,
      };
    };
  });
  await feedback.getByRole('button', { name: 'Print' }).click();
  const printed = await page.evaluate(() => (window as any).__printed);
  expect(printed.page).toBe(true);
  expect(printed.text).toContain('The reason: The examples of leading a team');
  await expect(page.locator('body')).not.toHaveClass(/print-letter/);
  await page.getByRole('link', { name: 'Open the report' }).click();
  await expect(page.locator('.report-verdict')).toContainText('The examples of leading a team did not yet reach what the position asks.');
  await page.goBack();
  // The end of the procedure is proposed (today), so the period runs; the interviewer confirms.
  const today = daysAgo(0);
  const card = page.locator('.retention');
  await expect(card.getByLabel('Procedure ended on')).toHaveValue(today);
  await expect(card).toContainText('Proposed when the evaluation was completed');
  if (process.env.SHOT) await card.screenshot({ path: '/tmp/retention-card.png' });
  await card.getByRole('button', { name: 'Confirm the end date' }).click();
  await expect(card.getByRole('button', { name: 'Confirm the end date' })).toHaveCount(0);
  await expect(card).toContainText('Dutch data protection authority and the NVP Sollicitatiecode');

  // Long past: due; hired: off the list until unticked.
  await card.getByLabel('Procedure ended on').fill(daysAgo(40));
  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.locator('.due-row')).toHaveCount(1);
  await page.goBack();
  await page.locator('.retention').getByLabel(/^Hired: do not delete until I decide/).check();
  await expect(page.locator('.retention')).toContainText('Hired: stays off the deletion list until you untick it.');
  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByText('No interviews have passed their retention period.')).toBeVisible();
  await expect(page.locator('.due-row')).toHaveCount(0);

  // A completed interview without an end date is counted.
  await page.goBack();
  await page.locator('.retention').getByLabel('Procedure ended on').fill('');
  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.locator('.without-end')).toContainText('Completed interviews without a procedure end date: 1.');
  await page.reload();
  await expect(page.locator('.without-end')).toContainText('Completed interviews without a procedure end date: 1.');
});
