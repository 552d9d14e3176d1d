import { readFileSync } from 'node:fs';
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { test, expect, open, stored, storedRaw, newSession, expectAccessible } from './fixtures';

test.use({ viewport: { width: 768, height: 1024 } });

const PASSPHRASE = 'fiets lantaarn oktober walvis';

/** Decrypts an exported file with Node's crypto (OpenSSL), as docs/interchange.md describes. */
function decryptOutside(text: string, passphrase: string): string {
  const file = JSON.parse(text);
  const { kdf, cipher } = file.encryption;
  expect([kdf.name, kdf.hash, cipher.name, cipher.length, cipher.tag_length]).toEqual(['PBKDF2', 'SHA-256', 'AES-GCM', 256, 128]);
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), Buffer.from(kdf.salt, 'base64'), kdf.iterations, 32, 'sha256');
  const sealed = Buffer.from(file.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(cipher.iv, 'base64'));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
}

test('a backup protected with a passphrase opens outside the browser, and in a fresh browser only with that passphrase', async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  await newSession(page, 'Sanne de Wit');
  await page.getByLabel('Interviewer').fill('R. Aydın');
  await newSession(page, 'Youssef El Amrani', 'Project manager');
  await open(page, '#/data');

  // Every export with candidate data asks first; protection is offered, not ticked, here.
  await page.getByRole('button', { name: 'Export a backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a file' });
  await expect(dialog).toContainText(/interviewgids-backup-\d{4}-\d{2}-\d{2}\.json/);
  const protect = dialog.getByLabel('Protect with a passphrase');
  await expect(protect).not.toBeChecked();
  await protect.check();
  await expectAccessible(page, 'export dialog');
  const first = dialog.getByLabel('Passphrase', { exact: true });
  const second = dialog.getByLabel('Passphrase again');
  const encrypt = dialog.getByRole('button', { name: 'Encrypt and download' });

  // Refused, each with its reason, and nothing is downloaded.
  let downloads = 0;
  page.on('download', () => downloads++);
  await first.fill('kort');
  await encrypt.click();
  await expect(dialog.getByRole('alert')).toHaveText('Too short: a passphrase has at least 12 characters.');
  await first.fill('aaaaaaaaaaaaaaaa');
  await expect(dialog.locator('.strength')).toHaveText('Too predictable: use different words instead of repeated characters.');
  await first.fill(PASSPHRASE);
  await expect(dialog.locator('.strength')).toHaveText('Strength: very strong.');
  await second.fill(`${PASSPHRASE}!`);
  await encrypt.click();
  await expect(dialog.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  expect(downloads).toBe(0);

  // The right pair: encrypted, checked by decrypting once, then offered.
  await second.fill(PASSPHRASE);
  const pending = page.waitForEvent('download');
  await encrypt.click();
  const download = await pending;
  await expect(dialog).toBeHidden();
  expect(download.suggestedFilename()).toMatch(/^interviewgids-backup-\d{4}-\d{2}-\d{2}-protected\.json$/);
  await download.saveAs(info.outputPath('backup.json'));
  const text = readFileSync(info.outputPath('backup.json'), 'utf8');
  expect(JSON.parse(text).kind).toBe('encrypted');
  expect(JSON.parse(text).encryption.kdf.iterations).toBe(600_000);
  for (const secret of ['Sanne', 'Youssef', 'Aydın', PASSPHRASE]) expect(text).not.toContain(secret);
  // A protected backup counts as a backup.
  await expect(page.getByText('No backup has been made on this device yet.')).toHaveCount(0);
  // Nothing of the passphrase is kept.
  expect(JSON.stringify(await storedRaw(page))).not.toContain('walvis');

  // Outside the browser: Node's crypto opens it into the plain backup.
  const plain = JSON.parse(decryptOutside(text, PASSPHRASE));
  expect(plain.kind).toBe('backup');
  expect(plain.sessions.map((s: any) => s.candidate).sort()).toEqual(['Sanne de Wit', 'Youssef El Amrani']);
  expect(() => decryptOutside(text, 'fiets lantaarn oktober walvis ')).toThrow();

  // A fresh browser: the wrong passphrase changes nothing, the right one restores everything.
  const fresh = await browser.newContext({ baseURL: info.project.use.baseURL, viewport: { width: 768, height: 1024 } });
  const other = await fresh.newPage();
  await open(other, '#/data');
  const empty = await storedRaw(other);
  await other.locator('input[type=file]').setInputFiles(info.outputPath('backup.json'));
  const form = other.locator('.passphrase-form');
  await form.getByLabel('Passphrase').fill('fiets lantaarn oktober walvis.');
  await form.getByRole('button', { name: 'Open the file' }).click();
  await expect(form.getByRole('alert')).toHaveText("That is not this file's passphrase, or the file was changed. Nothing was stored.");
  expect(await storedRaw(other)).toEqual(empty);
  await form.getByLabel('Passphrase').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Open the file' }).click();
  await expect(other.locator('.import-preview')).toContainText('New interviews: 2');
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.locator('.drop-zone [role=status]')).toContainText('2 stored:');
  const sessions = async (p: typeof page) =>
    Object.fromEntries(Object.entries(await stored(p)).filter(([k]) => /^interviewgids\.(session|snapshot)\./.test(k)));
  expect(await sessions(other)).toEqual(await sessions(page));
  await fresh.close();
});

test('an export can be cancelled with Escape and leaves the dialog empty for the next one', async ({ page }) => {
  // Key derivation held 1.5 s longer, so "Escape while it encrypts" is that, on a busy machine
  // too (the encryption finishing first would rightly offer the file).
  await page.addInitScript(() => {
    const derive = SubtleCrypto.prototype.deriveKey;
    SubtleCrypto.prototype.deriveKey = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['deriveKey']>) {
      return new Promise((done) => setTimeout(done, 1_500)).then(() => derive.apply(this, args));
    } as SubtleCrypto['deriveKey'];
  });
  await newSession(page, 'Iris Bakker');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Export this interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a file' });
  await dialog.getByLabel('Protect with a passphrase').check();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Export this interview' }).click();
  await expect(dialog.getByLabel('Protect with a passphrase')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Escape while it encrypts (600,000 PBKDF2 rounds take a moment): nothing is offered after.
  await page.getByRole('button', { name: 'Export this interview' }).click();
  await dialog.getByLabel('Protect with a passphrase').check();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Encrypt and download' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(3_000);
  expect(downloads).toBe(0);
});
