import { test, expect, newSession, expectAccessible, recordRelease } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

/** The text of a PDF, page by page, read by pdf.js (an independent reader). */
async function pdfText(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    // Pieces join as drawn (a ligature such as "fi" is a piece of its own); a line end is a space.
    const text = content.items.map((item: any) => item.str + (item.hasEOL ? ' ' : '')).join('');
    pages.push(text.normalize('NFKC').replace(/\s+/g, ' '));
  }
  return pages;
}

// Long enough to have been cut off at six lines in the old printed evaluation.
const SUBSTANTIATION = Array.from(
  { length: 14 },
  (_, i) => `Observation ${i + 1}: a concrete step the candidate described, with its result.`,
).join('\n');
const EVIDENCE = 'Planned the archive move in three steps and finished a week early.';
const NOTES = 'Led the move; kept the team informed every Friday.';
const DEPARTURE = 'The other competencies follow in the second round.';

async function completedInterview(page: Page) {
  await newSession(page, 'Lotte Hendriks');
  await page.getByLabel('Interviewer').fill('J. Bakker');
  await page.getByLabel('Date and time of the interview').fill('2030-03-12T09:00');
  await recordRelease(page);
  await page.locator('.score-grid input').first().fill('74');
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (let i = 0; i < 3; i++) await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('.question-block').first().getByLabel('Notes').fill(NOTES);
  const rating = page.locator('.rating-block');
  await rating.getByLabel('Evidence: what did the candidate say and do?').fill(EVIDENCE);
  await rating.locator('.anchor-choice').nth(3).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Evaluation' }).click();
  for (const input of await page.locator('.unrated input').all()) await input.fill('Not discussed: out of time.');
  await page.locator('fieldset.choices').getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Substantiation').fill(SUBSTANTIATION);
  // The competencies left unrated were not shown to meet the standard: the yes says why.
  await page.getByLabel('Why you come to this recommendation all the same').fill(DEPARTURE);
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('Completed on')).toBeVisible();
}

test('the printed report holds the whole substantiation, the evidence, the notes and the chart', async ({ page }) => {
  test.setTimeout(60_000);
  await completedInterview(page);
  await page.getByRole('link', { name: 'Open the report' }).click();
  const report = page.locator('.report-document');
  await expect(report).toContainText('Interview report');
  await expect(report).toContainText('J. Bakker');
  await expect(report).toContainText('Tuesday 12 March 2030 09:00');
  // The chart is drawn, and said in words for a screen reader.
  await expect(report.locator('svg[role=img] circle.chart-rating')).toHaveCount(1);
  await expect(report.locator('svg[role=img] polygon.chart-standard')).toHaveCount(6);
  await expect(report.locator('.report-chart li').first()).toHaveText(
    'Leading and supervising: assessment score 74, rating 4, standard 4.',
  );
  await expectAccessible(page, 'report');

  const pages = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  const all = pages.join(' ');
  // Every line of the substantiation, the last one too: nothing is cut off.
  for (const line of SUBSTANTIATION.split('\n')) expect(all).toContain(line);
  expect(all).toContain(EVIDENCE);
  expect(all).toContain(NOTES);
  expect(all).toContain('Rating: 4 of 5');
  expect(all).toContain('Not rated: Not discussed: out of time.');
  // The chart's own texts are in the print.
  expect(all).toContain('Score (percentile 0–100)');
  expect(all).toContain('Rating (1–5) and standard');
  // No form controls and no navigation in print.
  expect(all).not.toContain('Print report');
  expect(all).not.toContain('Back to the evaluation');
  expect(all).not.toContain('Nederlands');
  expect(await page.locator('.report-document input, .report-document textarea, .report-document select').count()).toBe(0);

  // The report can be in Dutch while the interface stays English.
  await page.locator('.report-tools').getByRole('button', { name: 'Nederlands' }).click();
  await expect(report).toContainText('Gespreksrapport');
  await expect(report).toContainText('dinsdag 12 maart 2030 09:00');
  await expect(page.locator('.main-nav')).toContainText('Interviews');
  const dutch = (await pdfText(await page.pdf({ format: 'A4' }))).join(' ');
  expect(dutch).toContain('Beoordeling: 4 van 5');
  expect(dutch).toContain(SUBSTANTIATION.split('\n')[13]);
});

test('the interview kit prints the agenda, the chosen questions with probes, the anchors and room to write', async ({ page }) => {
  test.setTimeout(60_000);
  await newSession(page, 'Mila Koster');
  await recordRelease(page);
  await page.locator('.score-grid input').first().fill('20');
  await page.getByRole('navigation').getByRole('link', { name: 'Preparation' }).click();
  // Skip one standard question: the kit leaves it out.
  const standard = page.locator('.prep-competency').first().locator('.question-choice').filter({ hasText: 'Standard question' }).first();
  const skipped = (await standard.locator('label').first().textContent())!.trim();
  await standard.getByRole('checkbox').click();
  await standard.getByLabel('Reason').fill('Asked in the first round.');
  await standard.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByRole('link', { name: 'Interview kit for paper' }).click();

  const kit = page.locator('.kit');
  await expect(kit.locator('h2').first()).toHaveText('Interview kit');
  await expect(kit.locator('.kit-phase')).toHaveCount(5);
  await expect(kit.locator('.kit-competency')).toHaveCount(6);
  // Five anchors and "no example" apart from them, for each of the six competencies.
  await expect(kit.locator('.kit-anchors li')).toHaveCount(36);
  await expect(kit.locator('.kit-anchors').first().locator('li').last()).toHaveText(
    '☐ No example, even after time to think: leave unrated',
  );
  await expect(kit.locator('.kit-competency').first()).toContainText('Low score: probe for learned behaviour.');
  // The score is in the assessment discussion's part of the agenda, not beside the anchors.
  await expect(kit.locator('.kit-competency').first()).not.toContainText('20');
  await expect(kit.locator('.kit-phase').nth(2).locator('.score-list li').first()).toContainText('20');
  await expect(kit.locator('.kit-competency').first().locator('.probes li').first()).not.toBeEmpty();
  await expect(kit).not.toContainText(skipped.slice(0, 40));
  expect(await kit.locator('input, textarea, select').count()).toBe(0);
  await expectAccessible(page, 'interview kit');

  const pages = await pdfText(await page.pdf({ format: 'A4' }));
  const all = pages.join(' ');
  // A page for the agenda and one for each competency at least.
  expect(pages.length).toBeGreaterThanOrEqual(7);
  expect(all).toContain('Interview kit');
  expect(all).toContain('Level 5 —');
  expect(all).toContain('☐ Yes');
  expect(all).not.toContain('Print the interview kit');
});
