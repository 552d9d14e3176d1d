import { readFileSync } from 'node:fs';
import { test, expect, open, stored, storedRaw, newSession, expectAccessible, finishExport } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

async function download(page: Page, click: () => Promise<void>, path: string) {
  const pending = page.waitForEvent('download');
  await click();
  await finishExport(page);
  const file = await pending;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
}

const importText = (page: Page, name: string, text: string) =>
  page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('interviews export one by one, as a selection, and as a full backup', async ({ page }, info) => {
  await newSession(page, 'Anna Visser');
  await page.getByLabel('Interviewer').fill('Jan');
  const one = await download(page, () => page.getByRole('button', { name: 'Export this interview' }).click(), info.outputPath('one.json'));
  expect(one.name).toMatch(/^interviewgids-session-s-[0-9a-z]+-\d{4}-\d{2}-\d{2}\.json$/);
  expect(one.json.kind).toBe('session');
  expect(one.json.session.interviewer).toBe('Jan');

  await newSession(page, 'Bram Kok', 'Project manager');
  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByText('No backup has been made on this device yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Select all' }).click();
  const both = await download(page, () => page.getByRole('button', { name: 'Export selected (2)' }).click(), info.outputPath('both.json'));
  expect(both.name).toMatch(/^interviewgids-sessions-\d{4}-\d{2}-\d{2}\.json$/);
  expect(both.json.kind).toBe('backup');
  expect(both.json.sessions.map((s: any) => s.candidate).sort()).toEqual(['Anna Visser', 'Bram Kok']);

  const backup = await download(page, () => page.getByRole('button', { name: 'Export a backup' }).click(), info.outputPath('backup.json'));
  expect(backup.name).toMatch(/^interviewgids-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(backup.json.sessions).toHaveLength(2);
  expect(backup.json.lenses).toEqual([]);
  await expect(page.getByText(/^Last backup: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/)).toBeVisible();
});

test('an existing interview is never silently overwritten: keep both, replace or skip', async ({ page }, info) => {
  await newSession(page, 'Chris de Wit');
  const file = await download(page, () => page.getByRole('button', { name: 'Export this interview' }).click(), info.outputPath('s.json'));
  await page.getByRole('link', { name: 'Data' }).click();
  const status = page.locator('.drop-zone [role=status]');

  await importText(page, 'same.json', JSON.stringify(file.json));
  await expect(status).toContainText('Everything in this file is here already, exactly so; nothing has changed:');
  await expect(status).toContainText('Chris de Wit (Team leader)');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  const changed = structuredClone(file.json);
  changed.session.candidate = 'Chris de Wit-Jansen';
  const before = await stored(page);
  await importText(page, 'changed.json', JSON.stringify(changed));
  const conflict = page.locator('fieldset.conflict');
  await expect(conflict).toContainText('Chris de Wit (Team leader)');
  await expect(conflict).toContainText('is already here, in a different version');
  await expect(status).toContainText('Check what this file holds; nothing has been stored yet.');
  await expect(status).toContainText('Here already in another version: 1 (choose below)');
  // Nothing is written before the user confirms, and not before every conflict has a choice.
  expect(await stored(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await conflict.getByLabel('Skip').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(status).toContainText('Nothing was stored: you skipped everything.');
  expect(await stored(page)).toEqual(before);

  await importText(page, 'changed.json', JSON.stringify(changed));
  await conflict.getByLabel('Keep both').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(status).toContainText('1 stored:');
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.locator('.list-table tbody tr')).toHaveCount(2);

  await page.getByRole('link', { name: 'Data' }).click();
  changed.session.candidate = 'Chris Replaced';
  await importText(page, 'replace.json', JSON.stringify(changed));
  await conflict.getByLabel('Replace').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.locator('.list-table tbody td:first-child')).toHaveText(['Chris Replaced', 'Chris de Wit-Jansen']);
});

test('a dropped file is imported like a picked one', async ({ page }) => {
  await open(page, '#/data');
  const text = readFileSync('tests/fixtures/session-v0.json', 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'old.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  // A version 0 file: migrated on the way in, shown before it is stored.
  await expect(page.locator('.import-preview')).toContainText('New interviews: 1');
  await expect(page.locator('.import-preview')).toContainText('Pieter Jansen (Beleidsmedewerker)');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.import-preview')).toHaveCount(0);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.drop-zone [role=status]')).toContainText('1 stored:');
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await page.getByRole('link', { name: 'Pieter Jansen' }).click();
  await page.getByRole('link', { name: 'Evaluation' }).click();
  await expect(page.getByText(/Completed on 2026-10-05 15:30/)).toBeVisible();
});

test('a week without a backup brings a reminder that exports one', async ({ page }, info) => {
  await newSession(page, 'Hanna Vos');
  // The last backup was eight days ago.
  await page.evaluate(() => {
    const eight = new Date(Date.now() - 8 * 86_400_000).toISOString();
    const prefs = JSON.parse(localStorage.getItem('interviewgids.prefs') ?? '{}');
    localStorage.setItem('interviewgids.prefs', JSON.stringify({ ...prefs, last_backup: eight }));
  });
  await page.reload();
  const reminder = page.locator('.notice').filter({ hasText: 'No backup has been made for 7 days or more.' });
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export a backup' }).click();
  // From the reminder, protection is offered ticked.
  await expect(page.getByRole('dialog').getByLabel('Protect with a passphrase')).toBeChecked();
  await finishExport(page);
  const file = await download;
  await file.saveAs(info.outputPath('backup.json'));
  expect(JSON.parse(readFileSync(info.outputPath('backup.json'), 'utf8')).sessions[0].candidate).toBe('Hanna Vos');
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Hanna Vos');
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('an encrypted file asks for its passphrase: a wrong one changes nothing, the right one imports', async ({ page }) => {
  // Encrypted outside the browser, with RustCrypto (see tests/encryption.rs and docs/interchange.md).
  await open(page, '#/data');
  const before = await storedRaw(page);
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/session-v0-encrypted.json');
  const form = page.locator('.passphrase-form');
  await expect(form).toContainText('This file is protected with a passphrase.');
  await form.getByLabel('Passphrase').fill('zeven zeeën, één wachtwoord');
  await form.getByRole('button', { name: 'Open the file' }).click();
  await expect(form.getByRole('alert')).toHaveText("That is not this file's passphrase, or the file was changed. Nothing was stored.");
  await expect(form.getByLabel('Passphrase')).toHaveValue('');
  expect(await storedRaw(page)).toEqual(before);
  await expectAccessible(page, 'passphrase asked again');

  await form.getByLabel('Passphrase').fill('Zeven zeeën, één wachtwoord');
  await form.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.locator('.import-preview')).toContainText('Pieter Jansen (Beleidsmedewerker)');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await open(page, '#/sessions');
  await expect(page.getByRole('link', { name: 'Pieter Jansen' })).toBeVisible();
  // The passphrase is stored nowhere.
  const all = JSON.stringify(await stored(page));
  expect(all).not.toContain('Zeven zeeën');
});
