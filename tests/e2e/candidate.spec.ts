import { readFileSync } from 'node:fs';
import { test, expect, open, stored, importFile, newSession, finishExport, expectAccessible, fillStorage, freeStorage } from './fixtures';

test.use({ viewport: { width: 768, height: 1024 } });

test("the intake says when the candidate's agreement to share the assessment is not recorded", async ({ page }) => {
  await newSession(page, 'Gijs Kramer');
  const warning = page.locator('.share-consent-missing');
  await expect(warning).toContainText('Not recorded yet: whether the candidate agreed to the assessment results being shared');
  await page.getByLabel('The candidate agreed to sharing the assessment results with the people who interview them.').check();
  await expect(warning).toHaveCount(0);
  await expect(page.getByText(/^Agreement recorded on \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('The candidate agreed to sharing the assessment results with the people who interview them.')).toBeChecked();
  await expect(warning).toHaveCount(0);
  await expectAccessible(page, 'intake with the agreement recorded');
});

test('the invitation for the candidate opens in the mail program with its text, is edited, copied and kept', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newSession(page, 'Hanna Bos');
  await page.getByLabel('Interviewer', { exact: true }).fill('Lies');
  await page.getByLabel('Date and time of the interview').fill('2026-12-15T09:30');
  await page.getByRole('navigation').getByRole('link', { name: 'Preparation' }).click();
  const letter = page.locator('.letter');
  const textarea = letter.getByLabel('Text of the invitation');
  await expect(textarea).toHaveValue(/^Dear Hanna Bos,/);
  const drawn = await textarea.inputValue();
  for (const part of ['Tuesday 15 December 2026 at 09:30', 'You will meet: Lies.', 'which we discuss with you', 'concrete examples', 'take time to think']) {
    expect(drawn).toContain(part);
  }
  const mail = letter.getByRole('link', { name: 'Open in my mail program' });
  const href = await mail.getAttribute('href');
  expect(href).toMatch(/^mailto:\?subject=Invitation%20to%20an%20interview%3A%20Team%20leader&body=Dear%20Hanna%20Bos%2C%0D%0A/);
  expect(decodeURIComponent(href!.split('&body=')[1]).replace(/\r\n/g, '\n')).toBe(drawn);

  // The interviewer edits; the link follows the edit, and the edit is kept.
  await textarea.fill(drawn.replace('Kind regards,', 'With kind regards,'));
  await expect(mail).toHaveAttribute('href', /With%20kind%20regards%2C/);
  await page.reload();
  await expect(page.locator('.letter').getByLabel('Text of the invitation')).toHaveValue(/With kind regards,/);

  // Opening it in the mail program ticks the reminder (the link itself is not followed here).
  const reminder = page.getByLabel('The candidate knows that I will ask for concrete examples');
  await expect(reminder).not.toBeChecked();
  await page.locator('.letter a').evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await page.locator('.letter').getByRole('link', { name: 'Open in my mail program' }).click();
  await expect(page.locator('.letter')).toContainText('the reminder about examples and time to think is ticked');
  await expect(reminder).toBeChecked();

  await page.locator('.letter').getByRole('button', { name: 'Copy' }).click();
  await expect(page.locator('.letter')).toContainText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('With kind regards,');

  await page.locator('.letter').getByRole('button', { name: 'Back to the drawn-up text' }).click();
  await expect(page.locator('.letter').getByLabel('Text of the invitation')).toHaveValue(drawn);
  await expectAccessible(page, 'preparation with the invitation');
  if (process.env.SHOT) await page.locator('.letter').screenshot({ path: '/tmp/letter.png' });
});

test("a candidate's data: two namesakes listed apart, one exported and erased, the other whole, and a tab that had it open does not bring it back", async ({ page, context }, info) => {
  test.setTimeout(90_000);
  await open(page, '#/data');
  // What was kept aside of a damaged interview, with the name in it (JSON-escaped, cut short).
  const aside = 'interviewgids.aside.1.interviewgids.session.s-damaged';
  await page.evaluate((key) => localStorage.setItem(key, '{"id":"s-damaged","candidate":"Jan de Vrie\\u0073","interview":{"warm_up_notes":"Told about the mov'), aside);
  await page.reload();
  await importFile(page, 'tests/e2e/files/candidate-namesakes.json');
  await expect(page.getByText('4 stored:')).toBeVisible();
  const card = page.locator('.candidate-data');
  await card.getByRole('combobox', { name: 'Name' }).selectOption('Jan de Vries');
  // Two interviews under the name, for two positions: nothing is ticked until the user says which.
  const under = card.locator('.access-list').first().locator('label');
  await expect(under).toHaveCount(2);
  await expect(under.nth(0)).toHaveText('Team leader · Monday 2 November 2026 10:00 · Lies · Completed');
  await expect(under.nth(1)).toHaveText('Account manager · Monday 7 December 2026 14:30 · Karim · Completed');
  await expect(card).toContainText('Two people can share a name');
  // "J. de Vries" is offered to check, not taken along.
  await expect(card.getByText('Also check these: similar names')).toBeVisible();
  await expect(card.locator('.access-list').nth(1)).toContainText('J. de Vries · Team leader');
  // So is the damaged value that mentions the name.
  const keptAside = card.locator('.access-list').nth(2).locator('label');
  await expect(card.getByText('Kept aside (unreadable), with this name in it')).toBeVisible();
  await expect(keptAside).toHaveCount(1);
  await expect(card.locator('input[type=checkbox]:checked')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Export the ticked ones' })).toBeDisabled();
  await expect(card.getByRole('button', { name: 'Delete the ticked ones' })).toBeDisabled();
  await expectAccessible(page, "a candidate's data");
  if (process.env.SHOT) await card.screenshot({ path: '/tmp/access.png' });

  await under.nth(1).getByRole('checkbox').check();
  await keptAside.getByRole('checkbox').check();
  await expect(card.locator('.access-holding')).toHaveText('Ticked: 1 interview(s), with 1 colleague rating(s), and 1 kept-aside value(s).');

  // The export: protection ticked, the file named by date unless the name is asked for.
  const pending = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export the ticked ones' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Protect with a passphrase')).toBeChecked();
  const withName = dialog.getByLabel("The candidate's name in the file name", { exact: false });
  await expect(withName).not.toBeChecked();
  await expect(dialog.locator('.export-file')).toHaveText(/^interviewgids-candidate-\d{4}-\d{2}-\d{2}\.json$/);
  await withName.check();
  await expect(dialog.locator('.export-file')).toHaveText(/^interviewgids-candidate-jan-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
  await withName.uncheck();
  await finishExport(page);
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/^interviewgids-candidate-\d{4}-\d{2}-\d{2}\.json$/);
  const path = info.outputPath('jan.json');
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file.sessions.map((s: { id: string }) => s.id)).toEqual(['p-2']);
  expect(file.sessions[0].panel.colleagues.map((c: { interviewer: string }) => c.interviewer)).toEqual(['Ayla']);
  expect(file.kept_aside).toHaveLength(1);
  expect(file.kept_aside[0]).toContain('Told about the mov');
  expect(JSON.stringify(file)).not.toContain('Rob');

  // The readable form prints the ticked interview alone.
  await page.evaluate(() => {
    window.print = () => {
      (window as any).__printed = {
        page: document.body.classList.contains('print-access'),
        reports: document.querySelectorAll('.access-print .access-session').length,
        text: (document.querySelector('.access-print') as HTMLElement).textContent,
      };
    };
  });
  await card.getByRole('button', { name: 'Print the ticked ones (readable)' }).click();
  const printed = await page.evaluate(() => (window as any).__printed);
  expect(printed.page).toBe(true);
  expect(printed.reports).toBe(2);
  expect(printed.text).toContain('Kept aside as it was');
  expect(printed.text).toContain('Rating by colleague Ayla');
  expect(printed.text).not.toContain('Rating by colleague Rob');

  // A second tab has that interview open, with an edit it could not store yet (storage was
  // full, so it retries every 3 s), when the interview is erased here.
  const other = await context.newPage();
  await other.goto(page.url().replace(/#.*$/, '#/sessions/p-2/evaluation'));
  const consent = other.getByLabel('The candidate consented to keeping the data longer (up to a year).');
  await expect(consent).toBeVisible({ timeout: 20_000 });
  await card.getByRole('button', { name: 'Delete the ticked ones' }).click();
  await expect(card.getByRole('alertdialog')).toContainText(
    'Delete 1 interview(s) with 1 colleague rating(s) and 1 kept-aside value(s) for good? They are: Account manager · Monday 7 December 2026 14:30 · Karim · Completed.',
  );
  await fillStorage(other);
  await consent.check();
  await expect(other.getByText("Saving failed: this browser's storage is full.")).toBeVisible();
  await freeStorage(page);
  await card.getByRole('button', { name: 'Delete for good' }).click();
  await expect(card).toContainText('Deleted from this device: 1 interview(s) and 1 kept-aside value(s) about \u2068Jan de Vries\u2069.');
  // Gone from the Data screen's list of what was kept aside too.
  await expect(page.locator('.aside-list')).not.toContainText('s-damaged');
  // Neither the other tab's answer to the deletion nor its retry writes the interview back.
  await other.waitForTimeout(4_000);
  const kept = await stored(page);
  expect(Object.keys(kept)).not.toContain('interviewgids.session.p-2');
  expect(Object.keys(kept)).not.toContain(aside);
  await expect(other.locator('.notices')).toContainText('was deleted in another tab');
  const all = Object.values(kept).join('\n');
  expect(all).not.toContain('Ayla');
  // The namesake's interview is whole, colleague and all.
  expect(kept['interviewgids.session.p-1']).toContain('Rob did not get to it.');
  expect(all).toContain('Ilse Vos');

  // The file imports back whole.
  await page.bringToFront();
  await importFile(page, path);
  await card.getByRole('combobox', { name: 'Name' }).selectOption('Jan de Vries');
  await expect(card.locator('.access-list').first().locator('label')).toHaveCount(2);
});
