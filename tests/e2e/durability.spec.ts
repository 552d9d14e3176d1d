import { test, expect, stored, newSession, expectAccessible, fillStorage, freeStorage } from './fixtures';

test.use({ viewport: { width: 768, height: 1024 } });

test('a full store keeps the edit on screen, warns, changes nothing, and saves once space is freed', async ({ page }) => {
  await newSession(page, 'Gijs Peters');
  const id = page.url().split('#/sessions/')[1];
  const key = `interviewgids.session.${id}`;
  await page.waitForTimeout(400);
  const before = (await stored(page))[key];
  await fillStorage(page);

  await page.getByLabel('Interviewer').fill('Typed while the store was completely full');
  await expect(page.getByText("Saving failed: this browser's storage is full.")).toBeVisible();
  await expect(page.getByLabel('Interviewer')).toHaveValue('Typed while the store was completely full');
  expect((await stored(page))[key]).toBe(before);
  await expectAccessible(page, 'the storage-full banner');

  await freeStorage(page);
  await expect(page.getByText("Saving failed: this browser's storage is full.")).toHaveCount(0, { timeout: 8_000 });
  expect(JSON.parse((await stored(page))[key]!).interviewer).toBe('Typed while the store was completely full');
  await page.reload();
  await expect(page.getByLabel('Interviewer')).toHaveValue('Typed while the store was completely full');
});

test('two tabs on one interview: one follows the other, and a real conflict keeps both', async ({ page, context }) => {
  await context.clock.install();
  await newSession(page, 'Fleur Bos');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator('main h1')).toHaveText('Fleur Bos');

  // Edits in one tab appear in the other.
  await page.getByLabel('Interviewer').fill('First tab');
  await expect(other.getByLabel('Interviewer')).toHaveValue('First tab');

  // Both edit before either has saved: the tab that hears of the other's save goes on in a copy.
  // The clock stands still meanwhile, so neither tab's 300 ms wait runs out however slow the
  // machine; then the other tab saves as it does when it is hidden.
  await context.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await other.getByLabel('Interviewer').fill('Second tab');
  await page.getByLabel('Interviewer').fill('First tab again');
  await other.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect(page.getByText('This interview was changed in another tab at the same time.')).toBeVisible();
  await context.clock.resume();
  await expect(page.getByLabel('Interviewer')).toHaveValue('First tab again');
  await expectAccessible(page, 'the kept-both banner');

  const interviewers = async () =>
    Object.entries(await stored(page))
      .filter(([k]) => k.startsWith('interviewgids.session.'))
      .map(([, v]) => JSON.parse(v!).interviewer)
      .sort();
  await expect.poll(interviewers).toEqual(['First tab again', 'Second tab']);
  await page.getByRole('link', { name: 'Open the other version' }).click();
  await expect(page.getByLabel('Interviewer')).toHaveValue('Second tab');
  await other.close();
});

test("typing in one tab across the other tab's save never splits a sentence", async ({ page, context }) => {
  await newSession(page, 'Daan Smit');
  const other = await context.newPage();
  await other.goto(page.url());
  const field = (p: typeof page) => p.getByLabel('Other relevant information');
  await expect(field(other)).toBeVisible();

  // Tab B types steadily (never pausing long enough to save) while tab A saves its own text.
  const sentence = 'Tab B writes one whole sentence about the candidate, from start to end.';
  await field(other).click();
  const typing = other.keyboard.type(sentence, { delay: 40 });
  await page.waitForTimeout(600);
  await field(page).fill('Tab A wrote this.');
  await typing;

  await expect(other.getByText('This interview was changed in another tab at the same time.')).toBeVisible();
  // Tab B still shows its whole sentence, and goes on in its copy, focus and all.
  await expect(field(other)).toHaveValue(sentence);
  await other.keyboard.type(' More.');
  await expect(field(other)).toHaveValue(`${sentence} More.`);
  await expect(field(page)).toHaveValue('Tab A wrote this.');

  const texts = async () =>
    Object.entries(await stored(page))
      .filter(([k]) => k.startsWith('interviewgids.session.'))
      .map(([, v]) => JSON.parse(v!).assessment.other)
      .sort();
  await expect.poll(texts, { timeout: 5_000 }).toEqual(['Tab A wrote this.', `${sentence} More.`]);
  await other.close();
});
