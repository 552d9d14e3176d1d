import { readFileSync } from 'node:fs';
import { test, expect, open, newSession, expectAccessible, downloadTo } from './fixtures';
import type { Browser, Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

const TOPICS = ['Leading and supervising', 'Communication'];

/** Rates the first competencies with `levels` in turn, gives reasons for the rest, completes. */
async function rateAndComplete(page: Page, levels: number[], recommendation: string) {
  await page.locator('nav.steps').getByRole('link', { name: 'Interview' }).click();
  const start = page.getByRole('button', { name: 'Start the interview' });
  if (await start.isVisible()) await start.click();
  for (let i = 0; i < 3; i++) await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  const rating = page.locator('.rating-block');
  for (const [i, level] of levels.entries()) {
    if (i > 0) await page.locator('.page-actions').getByRole('button', { name: 'Next competency' }).click();
    await expect(page.locator('.competency-nav')).toContainText(`Competency ${i + 1} of 6`);
    await rating.getByLabel('Evidence: what did the candidate say and do?').fill(`Example ${i + 1}, with its result.`);
    await rating.locator('.anchor-choice').nth(level - 1).click();
    await expect(rating.locator('input[type=radio]:checked')).toHaveCount(1);
  }
  await page.locator('nav.steps').getByRole('link', { name: 'Evaluation' }).click();
  // The evaluation's own button, before its fields are looked for on the screen.
  await expect(page.getByRole('button', { name: 'Complete the evaluation' })).toBeVisible();
  for (const input of await page.locator('.unrated input').all()) await input.fill('Not discussed: out of time.');
  await page.locator('fieldset.choices').getByLabel(recommendation, { exact: true }).check();
  await page.getByLabel('Substantiation').fill('What was observed.');
  const rejection = page.locator('.rejection-reason');
  if (await rejection.isVisible()) await rejection.getByLabel('Reason for rejection, as the candidate will hear it').fill('Too little shown in a team.');
  const departure = page.locator('.departure');
  if (await departure.isVisible()) {
    await departure.getByLabel('Why you come to this recommendation all the same').fill('The rest of the evidence weighs more.');
  }
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('Completed on')).toBeVisible();
}

/** A colleague in a browser of their own: imports the invitation, interviews, returns ratings. */
async function colleague(browser: Browser, invitation: string, out: string, name: string, levels: number[], recommendation: string, role: RegExp, focus: number) {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'en-GB' });
  const page = await context.newPage();
  await open(page, '#/data');
  await page.locator('input[type=file]').setInputFiles(invitation);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await open(page, '#/sessions');
  await page.getByRole('link', { name: 'Mila Jansen' }).click();
  // The lead typed the name into the invitation.
  await expect(page.getByLabel('Interviewer')).toHaveValue(name);
  // The focus the lead gave is marked on the preparation screen, only where it was given.
  await page.locator('nav.steps').getByRole('link', { name: 'Preparation' }).click();
  await expect(page.locator('.prep-competency .panel-focus')).toHaveCount(focus);
  if (focus) await expect(page.locator('.prep-competency').first().locator('.panel-focus')).toHaveText('The panel lead asks you to cover this competency in particular.');
  await page.locator('nav.steps').getByRole('link', { name: 'Evaluation' }).click();
  await expect(page.locator('.panel-card')).toContainText(role);
  await rateAndComplete(page, levels, recommendation);
  const file = await downloadTo(page, () => page.getByRole('button', { name: 'Export ratings for the panel lead' }).click(), out);
  await context.close();
  return file;
}

test('a lead, a member and an observer: the median before the consensus, agreement, coverage and calibration', async ({ page, browser }, info) => {
  test.setTimeout(240_000);
  await newSession(page, 'Mila Jansen');
  await page.getByLabel('Interviewer').fill('Lies');
  await page.locator('nav.steps').getByRole('link', { name: 'Evaluation' }).click();
  await page.getByRole('button', { name: 'Start a panel' }).click();
  const form = page.locator('.invite-form');
  await form.getByLabel("The colleague's name (may stay empty)").fill('Rob');
  await form.getByLabel(TOPICS[0]).check();
  const forRob = await downloadTo(page, () => form.getByRole('button', { name: 'Invitation for a colleague' }).click(), info.outputPath('invitation-rob.json'));
  const robInvited = JSON.parse(readFileSync(forRob, 'utf8')).session;
  expect(robInvited.panel.focus).toEqual(['leading-supervising']);
  await expect(form.getByLabel("The colleague's name (may stay empty)")).toHaveValue('');
  await form.getByLabel("The colleague's name (may stay empty)").fill('Sam');
  await form.getByLabel(/Takes part as an observer/).check();
  const forSam = await downloadTo(page, () => form.getByRole('button', { name: 'Invitation for a colleague' }).click(), info.outputPath('invitation-sam.json'));
  expect(JSON.parse(readFileSync(forSam, 'utf8')).session.panel.observer).toBe(true);
  const invited = page.locator('.invited');
  await expect(invited).toContainText(`Rob — focus: ${TOPICS[0]} · not back yet`);
  await expect(invited).toContainText('Sam — observer · not back yet');
  await expectAccessible(page, 'panel card with invitations');
  if (process.env.SHOT) await page.locator('.panel-card').screenshot({ path: '/tmp/panel-card.png' });

  // Rob covers four competencies; Sam observes and rates only the first, low.
  const fromRob = await colleague(browser, forRob, info.outputPath('ratings-rob.json'), 'Rob', [3, 2, 4, 3], 'Yes', /cover in particular: Leading and supervising/, 1);
  const fromSam = await colleague(browser, forSam, info.outputPath('ratings-sam.json'), 'Sam', [1], 'No', /You take part as an observer/, 0);

  for (const file of [fromRob, fromSam]) {
    await page.locator('.panel-card input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Add to the interview' }).click();
  }
  await expect(page.getByText('Colleague ratings received: 2')).toBeVisible();
  await expect(invited).toContainText('Rob — focus: Leading and supervising · ✓ ratings received');
  // Before the lead's own evaluation: only counts, no level.
  await expect(page.locator('.coverage')).toContainText('Leading and supervising: rated by one interviewer only');
  await expect(page.locator('.debrief')).toHaveCount(0);

  await rateAndComplete(page, [4, 2, 5], 'Yes');
  const debrief = page.locator('.debrief');
  await expect(debrief).toBeVisible();
  const first = debrief.locator('.debrief-topic').first();
  await expect(first.locator('.debrief-view')).toHaveCount(3);
  await expect(first.locator('.debrief-view').nth(1)).toContainText('Rob');
  await expect(first.locator('.debrief-view').nth(1).locator('.focus-mark')).toHaveText('focus');
  const sam = first.locator('.debrief-view').nth(2);
  await expect(sam).toContainText('Sam');
  await expect(sam.locator('.observer-mark')).toHaveText('observer — not counted');
  await expect(sam.locator('.level-badge')).toHaveText('1');
  // The median of Lies's 4 and Rob's 3, without Sam's 1 — shown before the consensus, which
  // starts empty.
  await expect(first.locator('.combined')).toHaveText('Combined (median of 2 independent levels): 3.5 · mean 3.5');
  const order = await first.evaluate((el) => {
    const combined = el.querySelector('.combined')!;
    const consensus = el.querySelector('.consensus')!;
    return combined.compareDocumentPosition(consensus) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await expect(first.locator('.consensus input[type=radio]:checked')).toHaveCount(0);
  // Agreement over Lies and Rob: 4/3, 2/2, 5/4 all within one. Per competency the spread and
  // the pairs within one; no ICC over one candidate's few competencies (it is the position's).
  const agreement = debrief.locator('.agreement');
  await expect(agreement).toContainText('In 3 of the 3 competencies with two or more levels, all levels lie within one level of each other.');
  await expect(agreement).toContainText('No ICC for one candidate');
  await expect(agreement.locator('.agreement-icc')).toHaveCount(0);
  await expect(first.locator('.spread')).toHaveText('Levels 3 to 4 · 1 of 1 pairs within one level');
  // Competency 4 was rated by Rob alone; 5 and 6 by no one (Sam's are not counted anyway).
  const topic = (n: number) => debrief.locator('.debrief-topic').nth(n);
  await expect(topic(3).locator('.coverage-flag')).toHaveText('⚠ Rated by one interviewer only');
  await expect(topic(4).locator('.coverage-flag')).toHaveText('⚠ Rated by no one');
  await expect(topic(1).locator('.coverage-flag')).toHaveCount(0);
  await expectAccessible(page, 'debrief with an observer');
  if (process.env.SHOT) await debrief.screenshot({ path: '/tmp/debrief-agreement.png' });

  // A consensus a level or more from the median says why.
  const consensus = first.locator('.consensus');
  await consensus.getByLabel('2', { exact: true }).check();
  await consensus.getByLabel('Why this level').fill('Both examples were team work.');
  await consensus.getByRole('button', { name: 'Record the consensus' }).click();
  await expect(consensus.getByRole('alert')).toHaveText('This level lies a level or more from the median (3.5). Write down why the panel departs from it.');
  await expect(first.locator('.consensus-recorded')).toHaveCount(0);
  await consensus.getByLabel('Why the panel departs from the median (3.5)').fill("Lies's example was the team's plan, not the candidate's.");
  await consensus.getByRole('button', { name: 'Record the consensus' }).click();
  await expect(first).toContainText('Consensus: level 2.');
  await expect(first.locator('.consensus-departure')).toContainText("Departs from the median (3.5): Lies's example was the team's plan");

  // The panel's recommendation against the majority (Lies and Rob: yes; Sam does not count).
  const verdict = debrief.locator('.panel-verdict');
  await expect(verdict.locator('.majority')).toHaveText('Majority of the interviewers: Yes');
  await verdict.getByLabel('No', { exact: true }).check();
  await verdict.getByLabel("The panel's substantiation").fill('The examples were the team’s.');
  await verdict.getByRole('button', { name: "Record the panel's recommendation" }).click();
  await expect(verdict.getByRole('alert')).toHaveText('Most interviewers recommended ‘Yes’. Write down why the panel departs from that.');
  await verdict.getByLabel('Why the panel departs from the majority (Yes)').fill('In discussion both saw the examples were shared work.');
  // A no needs the reason the candidate hears, as one interviewer's does.
  await verdict.getByRole('button', { name: "Record the panel's recommendation" }).click();
  await expect(verdict.getByRole('alert')).toContainText('reason');
  await verdict.getByLabel('Reason for rejection, as the candidate will hear it').fill('Leading was shown as team work, not as your own.');
  await verdict.getByRole('button', { name: "Record the panel's recommendation" }).click();
  await expect(page.locator('.panel-verdict')).toContainText('Recorded: No');
  if (process.env.SHOT) await debrief.screenshot({ path: '/tmp/debrief-decided.png' });
  await page.reload();
  await expect(page.locator('.debrief .consensus-departure').first()).toContainText('Departs from the median (3.5)');

  // The panel's no is the outcome, not the lead's own yes: in the feedback draft …
  await expect(page.locator('.feedback textarea')).toHaveValue(/Leading was shown as team work, not as your own\./);
  await expect(page.locator('.feedback textarea')).not.toHaveValue(/Too little shown in a team/);
  // … in the printed report, with a panel section, in both languages …
  await page.getByRole('link', { name: 'Open the report' }).click();
  const verdictPart = page.locator('.report-verdict');
  await expect(verdictPart.locator('h3')).toHaveText("The panel's recommendation");
  await expect(verdictPart.locator('.report-recommendation')).toHaveText('No');
  await expect(verdictPart).toContainText('Leading was shown as team work, not as your own.');
  await expect(verdictPart).toContainText("The lead's own recommendation");
  const panelPart = page.locator('.report-panel');
  await expect(panelPart).toContainText('Rob — focus: Leading and supervising');
  await expect(panelPart).toContainText('Sam — observer — not counted');
  await expect(panelPart).toContainText('Consensus: level 2.');
  await expect(panelPart).toContainText('median 3.5');
  await expect(panelPart).toContainText('Majority of the interviewers: Yes');
  await page.emulateMedia({ media: 'print' });
  await expect(panelPart).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.locator('.report-lang').getByRole('button', { name: 'Nederlands' }).click();
  await expect(verdictPart.locator('h3')).toHaveText('Advies van het panel');
  await expect(verdictPart.locator('.report-recommendation')).toHaveText('Nee');
  await expect(panelPart.locator('h3')).toHaveText('Het panel');
  await expectAccessible(page, 'report with the panel');
  if (process.env.SHOT) await page.locator('.report-document').screenshot({ path: '/tmp/report-panel-nl.png' });
  // … and in the overview, marked as the panel's, with the lead's own beside it.
  await open(page, '#/sessions');
  await page.locator('.position-links a').first().click();
  const outcome = page.locator('table.overview tbody tr').first().locator('td').last();
  await expect(outcome).toContainText('No');
  await expect(outcome).toContainText("the panel's decision");
  await expect(outcome).toContainText("The lead's own recommendation: Yes");
  await page.locator('header').getByRole('button', { name: 'Nederlands' }).click();
  await expect(outcome).toContainText('besluit van het panel');
  await expect(outcome).toContainText('Eigen advies van de panelleider: Ja');
  if (process.env.SHOT) await page.screenshot({ path: '/tmp/overview-panel-nl.png', fullPage: true });
  await page.locator('header').getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Mila Jansen' }).click();

  // Calibration: the three names with their figures, no candidate.
  await page.getByRole('link', { name: 'Calibration of the interviewers' }).click();
  await expect(page.locator('main h1')).toHaveText('Calibration of the interviewers');
  await expect(page.locator('.calibration-basis')).toContainText('Based on the panels on this device: 1.');
  const row = (name: string) => page.locator('table.calibration tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  await expect(page.locator('table.calibration tbody tr')).toHaveCount(3);
  // Leave one out: Lies +1, 0, +1 against Rob's levels → +0.7 on three levels; three of six
  // unrated; 4 is two from the consensus 2. Rob the mirror; Rob's fourth has no other level.
  await expect(row('Lies').locator('td')).toHaveText(['1', '+0.7 (on 3 levels)', '3 of 6', '1 of 1']);
  await expect(row('Rob').locator('td')).toHaveText(['1', '−0.7 (on 3 levels)', '2 of 6', '0 of 1']);
  await expect(row('Sam').locator('td')).toHaveText(['1', '−2.5 (on 1 levels)', '5 of 6', '0 of 1']);
  await expect(row('Sam').getByRole('rowheader')).toContainText('observer in 1');
  await expect(page.locator('main')).not.toContainText('Mila Jansen');
  await expectAccessible(page, 'calibration');
  await page.locator('header').getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('main h1')).toHaveText('Kalibratie van de interviewers');
  await expect(row('Lies').locator('td').nth(1)).toHaveText('+0,7 (over 3 niveaus)');
  if (process.env.SHOT) await page.screenshot({ path: '/tmp/calibration-nl.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('table.calibration')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
});
