import { readFileSync } from 'node:fs';
import { test, expect, open, newSession, expectAccessible, downloadTo } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

/** Rates the first competency with `evidence`, gives reasons for the rest and completes. */
async function rateAndComplete(page: Page, level: number, evidence: string, substantiation: string) {
  await page.locator('nav.steps').getByRole('link', { name: 'Interview' }).click();
  const start = page.getByRole('button', { name: 'Start the interview' });
  if (await start.isVisible()) await start.click();
  for (let i = 0; i < 3; i++) await page.locator('.page-actions').getByRole('button', { name: 'Next', exact: true }).click();
  const rating = page.locator('.rating-block');
  await rating.getByLabel('Evidence: what did the candidate say and do?').fill(evidence);
  await rating.locator('.anchor-choice').nth(level - 1).click();
  await expect(rating.locator('input[type=radio]:checked')).toHaveCount(1);
  await page.locator('nav.steps').getByRole('link', { name: 'Evaluation' }).click();
  // The evaluation's own button, before its fields are looked for on the screen.
  await expect(page.getByRole('button', { name: 'Complete the evaluation' })).toBeVisible();
  for (const input of await page.locator('.unrated input').all()) await input.fill('Not discussed: out of time.');
  await page.locator('fieldset.choices').getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Substantiation').fill(substantiation);
  // A yes with a level below the standard says why, before it can be completed.
  const departure = page.locator('.departure');
  if (await departure.isVisible()) {
    await departure.getByLabel('Why you come to this recommendation all the same').fill('The rest of the evidence weighs more.');
  }
  await page.getByRole('button', { name: 'Complete the evaluation' }).click();
  await expect(page.getByText('Completed on')).toBeVisible();
}

test('two interviewers of one candidate rate independently and meet in the debrief', async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  // The lead starts a panel and makes an invitation.
  await newSession(page, 'Noor Haddad');
  await page.getByLabel('Interviewer').fill('Lies');
  // A score, but no agreement of the candidate's to share it: the invitation leaves it out.
  await page.locator('.score-grid input').first().fill('74');
  await page.locator('nav.steps').getByRole('link', { name: 'Evaluation' }).click();
  await page.getByRole('button', { name: 'Start a panel' }).click();
  const invitation = await downloadTo(page, () => page.getByRole('button', { name: 'Invitation for a colleague' }).click(), info.outputPath('invitation.json'), /^invitation-team-leader[-0-9]*\.json$/);
  const invited = JSON.parse(readFileSync(invitation, 'utf8'));
  expect(invited.kind).toBe('session');
  expect(invited.session.candidate).toBe('Noor Haddad');
  expect(invited.session.interviewer).toBe('');
  expect(invited.session.assessment?.scores ?? {}).toEqual({});
  expect(invited.session.panel.assessment_left_out).toBe(true);

  // A colleague, in another browser, imports it and interviews with the same questions.
  const other = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'en-GB' });
  const colleague = await other.newPage();
  await open(colleague, '#/data');
  await colleague.locator('input[type=file]').setInputFiles(invitation);
  await colleague.getByRole('button', { name: 'Import', exact: true }).click();
  await open(colleague, '#/sessions');
  await colleague.getByRole('link', { name: 'Noor Haddad' }).click();
  await expect(colleague.locator('.assessment-left-out').first()).toContainText('The assessment results were left out of this invitation');
  await colleague.getByLabel('Interviewer').fill('Rob');
  await colleague.locator('nav.steps').getByRole('link', { name: 'Evaluation' }).click();
  await expect(colleague.getByRole('button', { name: 'Export ratings for the panel lead' })).toBeDisabled();
  await rateAndComplete(colleague, 2, 'Rob heard only a vague weekly plan.', 'Rob: not yet at the standard.');
  const ratings = await downloadTo(colleague, () => colleague.getByRole('button', { name: 'Export ratings for the panel lead' }).click(), info.outputPath('ratings.json'), /^ratings-team-leader[-0-9]*\.json$/);
  expect(JSON.parse(readFileSync(ratings, 'utf8')).kind).toBe('panel_rating');
  await other.close();

  // The lead adds the colleague's file: only the number shows, nothing of the ratings.
  await page.locator('.panel-card input[type=file]').setInputFiles(ratings);
  await expect(page.locator('.import-preview')).toContainText('Ratings by \u2068Rob\u2069 for \u2068Noor Haddad\u2069');
  await page.getByRole('button', { name: 'Add to the interview' }).click();
  await expect(page.getByText('Colleague ratings received: 1')).toBeVisible();
  const secret = /vague weekly plan|not yet at the standard/;
  for (const hash of ['', '#/sessions']) {
    if (hash) await open(page, hash);
    expect(await page.content()).not.toMatch(secret);
    await expect(page.locator('body')).not.toContainText(secret);
  }
  await page.locator('.position-links a').first().click();
  await expect(page.locator('table.overview')).toBeVisible();
  expect(await page.content()).not.toMatch(secret);
  await page.getByRole('link', { name: 'Noor Haddad' }).click();
  expect(await page.content()).not.toMatch(secret);

  // Once the lead's own evaluation is complete, the debrief shows both, side by side.
  await rateAndComplete(page, 4, 'Lies saw a plan with milestones and owners.', 'Lies: meets the standard.');
  const debrief = page.locator('.debrief');
  await expect(debrief).toBeVisible();
  const first = debrief.locator('.debrief-topic').first();
  await expect(first.locator('.debrief-view')).toHaveCount(2);
  await expect(first.locator('.debrief-view').nth(0)).toContainText('Lies (you)');
  await expect(first.locator('.debrief-view').nth(0)).toContainText('4');
  await expect(first.locator('.debrief-view').nth(1)).toContainText('Rob');
  await expect(first.locator('.debrief-view').nth(1)).toContainText('Rob heard only a vague weekly plan.');
  await expect(first).toContainText('2 levels apart: discuss this');
  await expect(debrief).toContainText('Rob: not yet at the standard.');
  await expectAccessible(page, 'panel debrief');
  if (process.env.SHOT) await debrief.screenshot({ path: '/tmp/debrief.png' });

  // The lead records the panel's level, which needs its reason, and the panel's advice.
  const consensus = first.locator('.consensus');
  // What is typed for another competency survives recording this one.
  const draft = debrief.locator('.debrief-topic').nth(1).getByLabel('Why this level');
  await draft.fill('Draft: both saw too little to judge.');
  await consensus.getByLabel('3', { exact: true }).check();
  await consensus.getByRole('button', { name: 'Record the consensus' }).click();
  await expect(consensus.getByRole('alert')).toHaveText('Write down why.');
  await consensus.getByLabel('Why this level').fill("Rob's doubt was about pace, not about the plan.");
  await consensus.getByRole('button', { name: 'Record the consensus' }).click();
  await expect(debrief.locator('.debrief-topic').first()).toContainText('Consensus: level 3.');
  await expect(draft).toHaveValue('Draft: both saw too little to judge.');
  const verdict = debrief.locator('.panel-verdict');
  await verdict.getByLabel('Yes', { exact: true }).check();
  await verdict.getByRole('button', { name: "Record the panel's recommendation" }).click();
  await expect(verdict.getByRole('alert')).toHaveText('Write down why.');
  await verdict.getByLabel("The panel's substantiation").fill('Meets the standard; pace to be coached.');
  // The other competencies have no consensus: the panel's yes departs from the standard there,
  // held to it like one interviewer's.
  await expect(verdict.locator('.departure')).toContainText('(not rated)');
  await verdict.getByRole('button', { name: "Record the panel's recommendation" }).click();
  await expect(verdict.getByRole('alert')).toContainText("The panel's recommendation departs from the standard.");
  await verdict.getByLabel('Why you come to this recommendation all the same').fill('The other competencies follow in round two.');
  await verdict.getByRole('button', { name: "Record the panel's recommendation" }).click();
  await expect(page.locator('.panel-verdict')).toContainText('Recorded: Yes');
  await page.reload();
  await expect(page.locator('.debrief .debrief-topic').first()).toContainText('Consensus: level 3.');
  await expect(page.locator('.panel-verdict').getByLabel("The panel's substantiation")).toHaveValue('Meets the standard; pace to be coached.');
  await expect(page.locator('.panel-verdict .standard-why')).toHaveValue('The other competencies follow in round two.');
  await expectAccessible(page, 'debrief with a consensus');
  const exported = await downloadTo(page, () => page.getByRole('button', { name: 'Export the debrief' }).click(), info.outputPath('debrief.json'), /^debrief-team-leader[-0-9]*\.json$/);
  const kept = JSON.parse(readFileSync(exported, 'utf8')).session.panel;
  expect(kept.colleagues.map((c: { interviewer: string }) => c.interviewer)).toEqual(['Rob']);
  expect(kept.consensus).toEqual({ 'leading-supervising': { level: 3, rationale: "Rob's doubt was about pace, not about the plan." } });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.debrief')).toContainText('Consensus: level 3.');
  await expect(page.locator('.consensus textarea').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The same file again changes nothing.
  await page.locator('.panel-card input[type=file]').setInputFiles(ratings);
  await expect(page.getByText('These ratings were added already; nothing changes.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Colleague ratings received: 1')).toBeVisible();

  // A file that answers no invitation handed out here (another session id, another name):
  // marked in the preview, and if taken it is shown but counts as an observer's until counted.
  const forged = JSON.parse(readFileSync(ratings, 'utf8'));
  forged.returned.rating.session = 'not-invited-1';
  forged.returned.rating.interviewer = 'Sam';
  await page.locator('.panel-card input[type=file]').setInputFiles({ name: 'ratings-sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) });
  await expect(page.locator('.import-preview')).toContainText('Not invited: this file answers none of the invitations you handed out.');
  await page.getByRole('button', { name: 'Add to the interview' }).click();
  await expect(page.getByText('Colleague ratings received: 2')).toBeVisible();
  const uninvited = page.locator('.debrief .uninvited');
  await expect(uninvited).toContainText('had no invitation from you: the levels and recommendation are shown, but do not count');
  await expect(page.locator('.debrief .debrief-topic').first().locator('.debrief-view').nth(2)).toContainText('observer');
  await uninvited.getByRole('button', { name: 'Count as an interviewer' }).click();
  await expect(uninvited).toContainText('you count these ratings as an interviewer\'s');
  await expect(page.locator('.debrief .debrief-topic').first().locator('.debrief-view').nth(2)).not.toContainText('observer');
  await expectAccessible(page, 'a rating without an invitation');
  if (process.env.SHOT) await uninvited.screenshot({ path: '/tmp/uninvited.png' });

  // The position overview shows the consensus.
  await open(page, '#/sessions');
  await page.locator('.position-links a').first().click();
  await expect(page.locator('table.overview tbody td').first()).toContainText('3 (panel consensus)');
});

test("a colleague's file for a candidate without a panel here is refused and changes nothing", async ({ page }, info) => {
  const file = {
    format: 'interviewgids', version: 2, kind: 'panel_rating', exported_at: '2026-11-29T10:00:00Z',
    returned: {
      panel: 'panel-unknown', candidate: 'Someone Else', lens: '0123456789abcdef',
      rating: { session: 's-x', revision: 3, interviewer: 'Rob', completed_at: '2026-11-29T09:00:00Z', ratings: {} },
    },
  };
  await newSession(page, 'Noor Haddad');
  await open(page, '#/data');
  await page.locator('input[type=file]').setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.import-preview')).toContainText('belongs to the panel for \u2068Someone Else\u2069');
  await expect(page.getByRole('button', { name: 'Add to the interview' })).toHaveCount(0);
});

test('a panel planned with the interview: invited from the preparation, the list shows who is missing and when it is late', async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-12-08T09:00:00') });
  await newSession(page, 'Hanna Bos');
  await page.getByLabel('Interviewer', { exact: true }).fill('Lies');
  await page.getByLabel('Date and time of the interview').fill('2026-12-08T14:00');
  // Planned on the intake too; here from the preparation, before the interview.
  await expect(page.locator('.panel-plan').getByRole('button', { name: 'Start a panel' })).toBeVisible();
  await page.locator('nav.steps').getByRole('link', { name: 'Preparation' }).click();
  const plan = page.locator('.panel-plan');
  await plan.getByRole('button', { name: 'Start a panel' }).click();
  // Due an hour after the interview ends (its agenda's length), adjustable.
  const due = plan.getByLabel('Ratings back by');
  await expect(due).toHaveValue(/^2026-12-08T1[5-9]:\d\d$/);
  await due.fill('2026-12-08T17:30');
  await due.dispatchEvent('change');
  await plan.getByLabel("The colleague's name (may stay empty)").fill('Rob');
  const forRob = await downloadTo(page, () => plan.getByRole('button', { name: 'Invitation for a colleague' }).click(), info.outputPath('invitation-rob.json'));
  await plan.getByLabel("The colleague's name (may stay empty)").fill('Sam');
  await downloadTo(page, () => plan.getByRole('button', { name: 'Invitation for a colleague' }).click(), info.outputPath('invitation-sam.json'));
  await expect(plan.locator('.next-after-invite')).toContainText('What happens next');
  await expect(plan.locator('.next-after-invite li')).toHaveCount(3);
  await expectAccessible(page, 'a panel planned on the preparation');
  if (process.env.SHOT) await plan.screenshot({ path: '/tmp/panel-plan.png' });
  expect(JSON.parse(readFileSync(forRob, 'utf8')).session.panel.due).toBe('2026-12-08T17:30');

  // The list: nobody back yet, due at 17:30.
  await open(page, '#/sessions');
  const waiting = page.locator('.list-table .awaited');
  await expect(waiting).toHaveText('Panel: 0 of 2 ratings back, waiting for \u2068Rob\u2069, \u2068Sam\u2069. Due 2026-12-08 17:30.');

  // Rob, on his own device, sees when his ratings are due, rates and sends them back.
  const other = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'en-GB' });
  const colleague = await other.newPage();
  await open(colleague, '#/data');
  await colleague.locator('input[type=file]').setInputFiles(forRob);
  await colleague.getByRole('button', { name: 'Import', exact: true }).click();
  await open(colleague, '#/sessions');
  await colleague.getByRole('link', { name: 'Hanna Bos' }).click();
  await expect(colleague.locator('.due-line')).toHaveText('Send your ratings back by Tuesday 8 December 2026 17:30.');
  // The calendar file of Rob's day reminds him at the due time, without the candidate's name.
  await open(colleague, '#/days/2026-12-08');
  const pending = colleague.waitForEvent('download');
  await colleague.getByRole('button', { name: 'Download the calendar file' }).click();
  await (await pending).saveAs(info.outputPath('rob-day.ics'));
  const ics = readFileSync(info.outputPath('rob-day.ics'), 'utf8');
  expect(ics).toContain('BEGIN:VALARM');
  expect(ics).toMatch(/TRIGGER;RELATED=START:PT\d+M/);
  const start = Number(/DTSTART:20261208T(\d\d)(\d\d)/.exec(ics)!.slice(1, 3).reduce((h, m) => String(Number(h) * 60 + Number(m))));
  const after = Number(/PT(\d+)M/.exec(ics)![1]);
  expect(start + after).toBe(17 * 60 + 30);
  expect(ics).not.toContain('Hanna');
  await open(colleague, '#/sessions');
  await colleague.getByRole('link', { name: 'Hanna Bos' }).click();
  await colleague.getByLabel('Interviewer', { exact: true }).fill('Rob');
  await rateAndComplete(colleague, 3, 'Rob saw a clear weekly plan.', 'Rob: meets the standard.');
  await expect(colleague.locator('.next-step')).toHaveText('Next step: export your ratings and send the file to whoever leads the panel.');
  const ratings = await downloadTo(colleague, () => colleague.getByRole('button', { name: 'Export ratings for the panel lead' }).click(), info.outputPath('ratings-rob.json'));
  await other.close();

  await waiting.click();
  await page.locator('.panel-card input[type=file]').setInputFiles(ratings);
  await page.getByRole('button', { name: 'Add to the interview' }).click();
  await open(page, '#/sessions');
  await expect(waiting).toHaveText('Panel: 1 of 2 ratings back, waiting for \u2068Sam\u2069. Due 2026-12-08 17:30.');
  await expect(waiting).not.toHaveClass(/late/);
  // A minute after the due time it is late, in words and not by colour alone.
  await page.clock.setFixedTime(new Date('2026-12-08T17:31:00'));
  await page.reload();
  await expect(waiting).toHaveText('Panel: 1 of 2 ratings back, waiting for \u2068Sam\u2069. Late: was due 2026-12-08 17:30.');
  await expect(waiting).toHaveClass(/late/);
  await expectAccessible(page, 'the list with a late panel');
  if (process.env.SHOT) await page.locator('.list-table').screenshot({ path: '/tmp/list-late.png' });
  // The position overview says the same.
  await page.locator('.position-links a').first().click();
  await expect(page.locator('table.overview a.awaited')).toHaveText('Panel: 1 of 2 ratings back, waiting for \u2068Sam\u2069. Late: was due 2026-12-08 17:30.');
  await open(page, '#/sessions');
  // It leads straight to the panel, the invitation ready to be made again.
  await waiting.click();
  await expect(page.locator('.panel-card .invited')).toContainText('Sam');
  await expect(page.locator('.panel-card').getByRole('button', { name: 'Invitation for a colleague' })).toBeVisible();
});
