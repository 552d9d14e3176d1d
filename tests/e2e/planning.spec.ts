import { test, expect, open, newSession, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
// An independent iCalendar parser (Mozilla's), so the file is checked by a reader, not by eye.
import ICAL from 'ical.js';

test.use({ viewport: { width: 768, height: 1024 } });

const DAY = '2030-03-12';

/** A new interview for `name`, planned at `time` on DAY for `minutes`. */
async function plan(page: Page, name: string, time: string, minutes: number) {
  await newSession(page, name);
  await page.getByLabel('Date and time of the interview').fill(`${DAY}T${time}`);
  const length = page.getByLabel('Length in minutes');
  await length.fill(String(minutes));
  await length.press('Tab');
}

/** Moves an interview to another time, through its intake. */
async function move(page: Page, name: string, time: string) {
  await open(page, '#/sessions');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByLabel('Date and time of the interview').fill(`${DAY}T${time}`);
}

async function openDay(page: Page) {
  await open(page, '#/sessions');
  await page.getByRole('link', { name: 'Tuesday 12 March 2030 (5)' }).click();
  await expect(page.locator('main h1')).toHaveText('Interviews on Tuesday 12 March 2030');
}

const warnings = (page: Page) => page.locator('.plan-warnings li');
/** A warning's sentence without the isolation marks around names. */
const warning = async (page: Page, index: number) =>
  ((await warnings(page).nth(index).textContent()) ?? '').replace(/[\u2068\u2069]/g, '');

test('the day plan warns at five in a row and a 14-minute gap, and not at four and 15', async ({ page }) => {
  test.setTimeout(90_000);
  // Five interviews of 45 minutes; the second starts 14 minutes after the first ends.
  await plan(page, 'Ada Bakker', '09:00', 45);
  await plan(page, 'Bo de Vries', '09:59', 45);
  await plan(page, 'Cas Peters', '11:00', 45);
  await plan(page, 'Dewi Smit', '12:00', 45);
  await plan(page, 'Eli Mulder', '13:00', 45);

  await openDay(page);
  await expect(warnings(page)).toHaveCount(2);
  expect(await warning(page, 0)).toContain(
    'Between the interview at 09:00 (Ada Bakker) and the interview at 09:59 (Bo de Vries) there are only 14 min',
  );
  expect(await warning(page, 0)).toContain('Let the second start at 10:00.');
  expect(await warning(page, 1)).toContain('5 interviews in a row, more than 4');
  expect(await warning(page, 1)).toContain('after the interview at 12:00 (Dewi Smit)');
  // The timeline shows every interview, the short gap marked in words, and the deliberation.
  await expect(page.locator('.timeline-interview')).toHaveCount(6);
  await expect(page.locator('.gap-short')).toHaveText(['⚠ Only 14 min between two interviews: too little to write notes']);
  await expect(page.locator('.timeline-deliberation')).toContainText('13:45–14:15');
  await expectAccessible(page, 'day plan with warnings');

  // 15 minutes to write notes, and an hour's break before the fifth: no warnings at all.
  await move(page, 'Bo de Vries', '10:00');
  await move(page, 'Eli Mulder', '13:45');
  await openDay(page);
  await expect(warnings(page)).toHaveCount(0);
  await expect(page.locator('.plan-ok')).toContainText('This day is planned realistically');
  await expect(page.locator('.timeline-gap')).toHaveText([
    '15 min to write notes',
    '15 min to write notes',
    '15 min to write notes',
    '60 min to write notes',
  ]);

  // The rules are the user's: with 20 minutes to write notes, 15 is too little again.
  await page.getByLabel('Minutes to write notes between two interviews').fill('20');
  await page.getByLabel('Minutes to write notes between two interviews').press('Tab');
  await expect(warnings(page)).toHaveCount(3);
  // An impossible rule is refused with a message, and the plan keeps the last good rules.
  await page.getByLabel('At most this many interviews in a row').fill('0');
  await page.getByLabel('At most this many interviews in a row').press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(warnings(page)).toHaveCount(3);
  await page.reload();
  await expect(page.getByLabel('Minutes to write notes between two interviews')).toHaveValue('20');
  await page.getByRole('button', { name: 'Restore the default rules' }).click();
  await expect(page.locator('.plan-ok')).toBeVisible();
});

test('the calendar file parses, holds every interview and the deliberation, and no names unless asked', async ({ page }, info) => {
  test.setTimeout(60_000);
  await plan(page, 'Ada Bakker', '09:00', 45);
  await plan(page, 'Bo de Vries', '10:00', 60);
  await open(page, `#/days/${DAY}`);

  const read = async (file: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the calendar file' }).click();
    const done = await download;
    expect(done.suggestedFilename()).toBe(`interviews-${DAY}.ics`);
    await done.saveAs(info.outputPath(file));
    return readFileSync(info.outputPath(file), 'utf8');
  };
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v: any) => new ICAL.Event(v));

  const plain = await read('plain.ics');
  expect(plain).not.toContain('Ada');
  expect(plain).not.toContain('Bakker');
  expect(plain).not.toContain('Vries');
  const list = events(plain);
  expect(list.map((e: any) => e.summary)).toEqual([
    'Interview 1 — Team leader',
    'Interview 2 — Team leader',
    'Deliberate and decide — Team leader',
  ]);
  expect(list.map((e: any) => e.startDate.toString())).toEqual([
    `${DAY}T09:00:00`,
    `${DAY}T10:00:00`,
    `${DAY}T11:00:00`,
  ]);
  expect(list.map((e: any) => e.endDate.toString())).toEqual([
    `${DAY}T09:45:00`,
    `${DAY}T11:00:00`,
    `${DAY}T11:30:00`,
  ]);

  await page.getByLabel('Put candidate names in the titles').check();
  const named = events(await read('named.ics'));
  expect(named[0].summary).toBe('Interview 1 — Team leader — Ada Bakker');
  expect(named[1].summary).toBe('Interview 2 — Team leader — Bo de Vries');
  // The same interview keeps its identity, so importing again updates instead of doubling.
  expect(named.map((e: any) => e.uid)).toEqual(list.map((e: any) => e.uid));
});

test('the day plan speaks Dutch, and a day without interviews says so', async ({ page }) => {
  await plan(page, 'Ada Bakker', '09:00', 45);
  await open(page, `#/days/${DAY}`);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('main h1')).toHaveText('Gesprekken op dinsdag 12 maart 2030');
  await expect(page.locator('.timeline-deliberation')).toContainText('Overleggen en besluiten');
  await open(page, '#/days/2030-03-13');
  await expect(page.locator('main')).toContainText('Op deze dag zijn geen gesprekken gepland.');
  await expect(page.getByRole('link', { name: '← Vorige geplande dag' })).toHaveAttribute('href', `#/days/${DAY}`);
  await expectAccessible(page, 'empty day in Dutch');
});
