import { test, expect, open, newSession, stored, storedRaw, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 } });

const PASSPHRASE = 'zeven blauwe fietsen op de dijk';
const NAME = 'Noor Haddad';

/** Turns the lock on from the Data screen; returns the recovery code it shows once. */
async function turnOn(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await open(page, '#/data');
  const card = page.locator('.device-lock');
  await card.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await card.getByLabel('Passphrase again').fill(passphrase);
  await card.getByRole('button', { name: "Lock this device's interviews" }).click();
  const code = card.locator('.recovery-code .code');
  await expect(code).toBeVisible({ timeout: 20_000 });
  if (process.env.SHOT) await card.screenshot({ path: '/tmp/lock-code.png' });
  // Eight groups of four, each kept whole on screen.
  await expect(code.locator('.code-group')).toHaveCount(8);
  const text = (await code.textContent())!.trim();
  expect(text).toMatch(/^[0-9A-Z]{32}$/);
  await card.getByLabel('I have written down or printed the recovery code').check();
  await card.getByRole('button', { name: 'Done' }).click();
  await expect(card).toContainText('The lock is on.');
  if (process.env.SHOT) await card.screenshot({ path: '/tmp/lock-card-on.png' });
  return text;
}

async function unlock(page: Page, secret = PASSPHRASE) {
  await page.locator('.unlock-form input').fill(secret);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Nothing readable about the candidate anywhere in storage or the page. */
async function nothingReadable(page: Page) {
  const raw = await storedRaw(page);
  for (const [key, value] of Object.entries(raw)) {
    expect(value ?? '', key).not.toContain('Noor');
    // Plain, and nothing about a candidate: the preferences, the lock's record, the writer's.
    if (!['interviewgids.prefs', 'interviewgids.lock', 'interviewgids.writer'].includes(key)) {
      expect(value!.charCodeAt(0), `${key} is sealed`).toBeGreaterThanOrEqual(0xe002);
    }
  }
  expect(await page.content()).not.toContain('Noor');
}

test('the lock encrypts what is stored, opens on a lock screen and returns to the same screen', async ({ page }) => {
  test.setTimeout(90_000);
  await newSession(page, NAME);
  await page.getByLabel('Interviewer').fill('Lies');
  await page.waitForTimeout(400);
  const intake = page.url();
  // Offered once, in plain words, back on the list after the first interview is stored.
  await open(page, '#/sessions');
  const offer = page.locator('.notices').filter({ hasText: 'unless you lock the interviews with a passphrase' });
  await expect(offer).toBeVisible();
  await offer.getByRole('link', { name: 'Set up the lock' }).click();
  await expect(page.locator('.device-lock')).toBeVisible();
  await page.reload();
  await expect(page.locator('.notices')).not.toContainText('unless you lock');
  await turnOn(page);
  await expectAccessible(page, 'the lock is on');

  await page.goto(intake);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Interviews locked');
  await nothingReadable(page);
  await expectAccessible(page, 'lock screen');
  if (process.env.SHOT) await page.screenshot({ path: '/tmp/lock-screen.png' });
  // A wrong passphrase changes nothing and says so.
  const before = await storedRaw(page);
  await unlock(page, 'dit is niet de goede zin');
  await expect(page.locator('.unlock-form [role=alert]')).toHaveText('That does not open the interviews. Nothing has changed.', { timeout: 20_000 });
  const after = await storedRaw(page);
  delete before['interviewgids.prefs'];
  delete after['interviewgids.prefs'];
  expect(after).toEqual(before);
  // The right one opens the screen the page was on.
  await unlock(page);
  await expect(page.locator('main h1')).toHaveText(NAME, { timeout: 20_000 });
  await expect(page.getByLabel('Interviewer')).toHaveValue('Lies');

  // Lock now, from the header: back to the lock screen, with nothing decrypted in the page.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Interviews locked');
  await nothingReadable(page);
  // In Dutch too.
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('main h1')).toHaveText('Gesprekken vergrendeld');
  if (process.env.SHOT) await page.screenshot({ path: '/tmp/lock-screen-nl.png' });
});

test('a reload 100 ms after typing loses nothing with the lock on, and repeated wrong tries slow down', async ({ page }) => {
  test.setTimeout(90_000);
  await newSession(page, NAME);
  await turnOn(page);
  await page.goto('./#/sessions');
  await page.getByRole('link', { name: NAME }).click();
  await page.getByLabel('Interviewer').fill('Typed just now');
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Interviews locked');
  await unlock(page);
  await expect(page.getByLabel('Interviewer')).toHaveValue('Typed just now', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Interviews locked');
  for (let i = 0; i < 3; i++) {
    await unlock(page, `wrong try ${i} of several`);
    await expect(page.locator('.unlock-form [role=alert]')).toContainText('does not open', { timeout: 20_000 });
  }
  await unlock(page);
  await expect(page.locator('.unlock-form [role=alert]')).toContainText('Too many wrong tries');
});

test('after inactivity every open tab locks, and unlocking one opens the others', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await newSession(page, NAME);
  await turnOn(page);
  // A second tab opened while this one is unlocked opens at once: this tab hands it the key.
  const other = await context.newPage();
  await other.goto(page.url().replace(/#.*$/, '#/sessions'));
  await expect(other.getByRole('link', { name: NAME })).toBeVisible({ timeout: 20_000 });
  // Locking one locks both; unlocking one opens both.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Interviews locked');
  await expect(other.locator('main h1')).toHaveText('Interviews locked', { timeout: 20_000 });
  await expect(other.getByRole('link', { name: NAME })).toHaveCount(0);
  await unlock(page);
  await expect(page.locator('main h1')).not.toHaveText('Interviews locked', { timeout: 20_000 });
  await expect(other.locator('main h1')).not.toHaveText('Interviews locked', { timeout: 20_000 });
  await expect(other.getByRole('link', { name: NAME })).toBeVisible();
  // Sixteen minutes without use: the lock closes this tab, and with it the other one.
  await page.clock.fastForward('16:00');
  await expect(page.locator('main h1')).toHaveText('Interviews locked', { timeout: 20_000 });
  await expect(other.locator('main h1')).toHaveText('Interviews locked', { timeout: 20_000 });
});

test('the recovery code opens after the passphrase changed, and turning the lock off restores readable storage', async ({ page }) => {
  test.setTimeout(120_000);
  await newSession(page, NAME);
  const code = await turnOn(page);
  const card = page.locator('.device-lock');
  await card.getByText('Change the passphrase', { exact: true }).first().click();
  const change = card.locator('.lock-change');
  await change.getByLabel('Current passphrase').fill(PASSPHRASE);
  await change.getByLabel('New passphrase').fill('acht groene boten in de haven');
  await change.getByLabel('Passphrase again').fill('acht groene boten in de haven');
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change).toContainText('The passphrase is changed', { timeout: 20_000 });
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Interviews locked');
  // The old passphrase no longer opens; the recovery code, typed loosely, does.
  await unlock(page);
  await expect(page.locator('.unlock-form [role=alert]')).toContainText('does not open', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery code' }).click();
  await unlock(page, code.toLowerCase().replace(/(.{4})/g, '$1 '));
  await expect(page.locator('main h1')).not.toHaveText('Interviews locked', { timeout: 20_000 });

  // Off, with the passphrase: every value readable again, the lock's record gone.
  await open(page, '#/data');
  const off = page.locator('.device-lock .lock-off');
  await off.getByText('Turn the lock off').first().click();
  await off.getByLabel('Current passphrase').fill('acht groene boten in de haven');
  await off.getByRole('button', { name: 'Turn the lock off' }).click();
  await expect(page.getByRole('button', { name: "Lock this device's interviews" })).toBeVisible({ timeout: 20_000 });
  const values = await stored(page);
  expect(values['interviewgids.lock']).toBeUndefined();
  expect(Object.values(values).join('\n')).toContain(NAME);
  await page.reload();
  await expect(page.locator('main h1')).not.toHaveText('Interviews locked');
});
