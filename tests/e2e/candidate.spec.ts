import { readFileSync } from 'node:fs';
import { test, expect, open, stored, importFile, newSession, finishExport, expectAccessible } from './fixtures';

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

test("a candidate's data: what is stored, one file with both panels that imports back, and a deletion that removes it all", async ({ page }, info) => {
  await open(page, '#/data');
  await importFile(page, 'tests/e2e/files/candidate-two-panels.json');
  await expect(page.getByText('3 stored:')).toBeVisible();
  const card = page.locator('.candidate-data');
  await card.getByLabel('Candidate').selectOption('Noor Haddad');
  await expect(card.locator('.access-holding')).toHaveText('Stored: 2 interview(s), with 2 colleague rating(s).');
  await expectAccessible(page, "a candidate's data");

  const pending = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export everything about this candidate' }).click();
  // Protection is offered ticked: the file leaves the device; here it goes as it is.
  await expect(page.getByRole('dialog').getByLabel('Protect with a passphrase')).toBeChecked();
  await finishExport(page);
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/^interviewgids-candidate-Noor-Haddad-\d{4}-\d{2}-\d{2}\.json$/);
  const path = info.outputPath('noor.json');
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file.sessions.map((s: { candidate: string }) => s.candidate)).toEqual(['Noor Haddad', 'Noor Haddad']);
  const colleagues = file.sessions.flatMap((s: { panel: { colleagues: { interviewer: string }[] } }) => s.panel.colleagues.map((c) => c.interviewer));
  expect(colleagues.sort()).toEqual(['Ayla', 'Rob']);
  expect(JSON.stringify(file)).not.toContain('Ilse Vos');

  // The readable form prints alone: each interview's report and what else is stored with it.
  await page.evaluate(() => {
    window.print = () => {
      (window as any).__printed = {
        page: document.body.classList.contains('print-access'),
        text: (document.querySelector('.access-print') as HTMLElement).innerText,
        reports: document.querySelectorAll('.access-print .access-session').length,
      };
    };
  });
  await card.getByRole('button', { name: 'Print everything about this candidate (readable)' }).click();
  const printed = await page.evaluate(() => (window as any).__printed);
  expect(printed.page).toBe(true);
  expect(printed.reports).toBe(2);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-access'));
  const readable = page.locator('.access-print');
  await expect(readable).toBeVisible();
  for (const part of ['Rating by colleague Rob', 'Rating by colleague Ayla', 'Also stored with this interview']) await expect(readable).toContainText(part);
  await expect(readable).not.toContainText('Ilse Vos');
  await page.evaluate(() => document.body.classList.remove('print-access'));
  await page.emulateMedia({ media: 'screen' });
  await expect(readable).toBeHidden();

  await card.getByRole('button', { name: 'Delete everything about this candidate' }).click();
  await expect(card.getByRole('alertdialog')).toContainText('Delete 2 interview(s) and 2 colleague rating(s) about \u2068Noor Haddad\u2069 for good?');
  await card.getByRole('button', { name: 'Delete for good' }).click();
  await expect(card).toContainText('Everything about \u2068Noor Haddad\u2069 is deleted from this device.');
  const kept = Object.values(await stored(page)).join('\n');
  expect(kept).not.toContain('Noor Haddad');
  expect(kept).not.toContain('Ayla');
  expect(kept).toContain('Ilse Vos');

  // The file imports back whole.
  await importFile(page, path);
  await expect(page.getByText('2 stored:')).toBeVisible();
  await card.getByLabel('Candidate').selectOption('Noor Haddad');
  await expect(card.locator('.access-holding')).toHaveText('Stored: 2 interview(s), with 2 colleague rating(s).');
});
