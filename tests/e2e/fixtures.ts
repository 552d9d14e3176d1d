import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test runs under two guards: the app may request nothing from any origin but its own,
 * and may log no console error. Both are checked after the test's own steps.
 */
export const test = base.extend<{ guard: void; allowConsole: RegExp[] }>({
  // Console errors a test provokes on purpose (none by default).
  allowConsole: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowConsole }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        const own = url.startsWith(origin + '/') || url.startsWith(`blob:${origin}/`);
        if (!own && !url.startsWith('data:')) foreign.push(url);
      });
      page.on('console', (message) => {
        const allowed = allowConsole.some((pattern) => pattern.test(message.text()));
        if (message.type() === 'error' && !allowed) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // Every Content-Security-Policy violation is recorded in the page, too.
      await page.addInitScript(() => {
        (window as any).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await use();
      const csp = await page.evaluate(() => (window as any).__csp ?? []).catch(() => []);
      expect(csp, 'CSP violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app at a hash route and waits until the screen's heading is there. */
export async function open(page: Page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Fails on any serious or critical axe-core violation (WCAG 2.x A and AA rules). */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

/**
 * The text of a stored value: the app packs JSON 15 bits to a UTF-16 unit after a marker
 * (U+E000, or U+E001 when the last byte is padding); see src/storage/codec.rs.
 */
export function unpack(value: string): string {
  const mark = value.charCodeAt(0);
  if (mark !== 0xe000 && mark !== 0xe001) return value;
  const bytes: number[] = [];
  let acc = 0;
  let filled = 0;
  for (let i = 1; i < value.length; i++) {
    acc = (acc << 15) | (value.charCodeAt(i) - 0x100);
    filled += 15;
    while (filled >= 8) {
      filled -= 8;
      bytes.push((acc >> filled) & 0xff);
    }
    acc &= (1 << filled) - 1;
  }
  bytes.length -= mark - 0xe000;
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}

/** Everything this app keeps in localStorage, as stored, to compare before and after. */
export const storedRaw = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string | null> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('interviewgids.')) out[key] = localStorage.getItem(key);
    }
    return out;
  });

/** Everything this app keeps in localStorage, unpacked to JSON text. */
export async function stored(page: Page): Promise<Record<string, string | null>> {
  const raw = await storedRaw(page);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === null ? null : unpack(v)]));
}

/** Imports a file through the panel on screen and confirms what the preview shows. */
export async function importFile(page: Page, file: { name: string; text: string } | string) {
  const input = page.locator('input[type=file]');
  if (typeof file === 'string') await input.setInputFiles(file);
  else await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page.locator('.import-preview')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

export async function newSession(page: Page, candidate: string, lens = 'Team leader') {
  await open(page, '#/sessions/new');
  await page.getByLabel("Candidate's name").fill(candidate);
  await page.getByLabel('Position (lens)').selectOption({ label: lens });
  await page.getByRole('button', { name: 'Go to the intake' }).click();
  await expect(page.locator('main h1')).toHaveText(candidate);
}

/**
 * Finishes an export in the export dialog that every file with candidate data passes: as it is,
 * or protected with `passphrase` (typed twice).
 */
export async function finishExport(page: Page, passphrase?: string) {
  const dialog = page.getByRole('dialog', { name: 'Export a file' });
  await expect(dialog).toBeVisible();
  const protect = dialog.getByLabel('Protect with a passphrase');
  if (passphrase === undefined) {
    await protect.uncheck();
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  } else {
    await protect.check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Passphrase again').fill(passphrase);
    await dialog.getByRole('button', { name: 'Encrypt and download' }).click();
  }
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

/** Clicks what offers a file, finishes the export dialog as it is, and saves the file at `path`. */
export async function downloadTo(page: Page, click: () => Promise<void>, path: string, named?: RegExp) {
  const pending = page.waitForEvent('download');
  await click();
  await finishExport(page);
  const download = await pending;
  // A file's name shows in mail and download lists: by default it holds no candidate's name.
  if (named) expect(download.suggestedFilename()).toMatch(named);
  await download.saveAs(path);
  return path;
}

/**
 * Records on the intake that the candidate saw the assessment report and did not block it
 * (NIP code): only then are the scores used.
 */
export async function recordRelease(page: Page, label = 'Seen and not blocked') {
  await page.locator('.assessment-record').getByLabel(label, { exact: true }).check();
}

/** Fills localStorage with filler until the browser refuses more. */
export const fillStorage = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        /* full at this size; try smaller pieces */
      }
    }
    return n;
  });

export const freeStorage = (page: Page) =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
