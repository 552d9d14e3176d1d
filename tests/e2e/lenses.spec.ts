import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, stored, importFile } from './fixtures';
import type { Page } from '@playwright/test';
import { ORG_PATH } from '../../playwright.config';

test.use({ viewport: { width: 768, height: 1024 } });

const card = (page: Page, name: string) =>
  page.locator('article.lens-competency').filter({ has: page.getByRole('heading', { name, exact: true }) });

const lensKeys = async (page: Page) =>
  Object.keys(await stored(page)).filter((k) => k.startsWith('interviewgids.lens.'));

async function newLens(page: Page, name: string) {
  await open(page, '#/lenses');
  await page.getByRole('button', { name: 'New lens' }).click();
  await page.getByLabel('Name of the position').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('main h1')).toHaveText(name);
}

async function addCompetency(page: Page, name: string) {
  await page.getByLabel('Add a competency').selectOption({ label: name });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(card(page, name)).toBeVisible();
}

test('a lens built from the library survives a reload intact', async ({ page }) => {
  await newLens(page, 'Teamleider zorg');
  await expect(page).toHaveURL(/#\/lenses\/lens-[0-9a-z]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'Add at least one competency.' })).toBeVisible();

  await addCompetency(page, 'Planning and organising');
  await addCompetency(page, 'Initiating action');
  await addCompetency(page, 'Influencing and inspiring');
  await expect(page.getByText('Add at least one competency.')).toHaveCount(0);

  await card(page, 'Planning and organising').getByLabel('Required standard (1–5)').selectOption('4');
  await expect(card(page, 'Planning and organising').locator('.anchor-preview')).toContainText(
    'Also organises complex projects',
  );
  // No weight is offered: nothing in the method weighs competencies into a total.
  await expect(card(page, 'Initiating action').getByLabel('Weight (1–5)')).toHaveCount(0);
  await card(page, 'Initiating action')
    .getByLabel('Describe a situation in which you noticed a problem that really belonged to someone else.')
    .uncheck();
  const influencing = card(page, 'Influencing and inspiring');
  await influencing.getByText('Add your own question').click();
  await influencing.getByLabel('Question').fill('Tell me about a time you changed a team’s mind.');
  await influencing.getByLabel('Follow-up probes, one per line').fill('Who was against it?\nWhat did you say?');
  await influencing.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(influencing.locator('.badge')).toHaveText('Own question');
  await page.getByRole('button', { name: 'Move Influencing and inspiring up' }).click();
  await page.getByLabel('Competency questions').fill('55');
  await page.getByLabel('Competency questions').blur();
  await expect(page.getByText('Total: 90 minutes')).toBeVisible();

  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Teamleider zorg');
  await expect(page.locator('article.lens-competency h3')).toHaveText([
    'Planning and organising',
    'Influencing and inspiring',
    'Initiating action',
  ]);
  await expect(card(page, 'Planning and organising').getByLabel('Required standard (1–5)')).toHaveValue('4');
  await expect(
    card(page, 'Initiating action').getByLabel(
      'Describe a situation in which you noticed a problem that really belonged to someone else.',
    ),
  ).not.toBeChecked();
  await expect(
    card(page, 'Influencing and inspiring').getByLabel('Tell me about a time you changed a team’s mind.'),
  ).toBeChecked();
  await expect(page.getByLabel('Competency questions')).toHaveValue('55');

  // Unticking every question of a competency makes the lens incomplete, and says which.
  for (const q of await card(page, 'Planning and organising').getByRole('checkbox').all()) await q.uncheck();
  await expect(page.getByText('Choose at least one standard question for Planning and organising.')).toBeVisible();
  await card(page, 'Planning and organising').getByRole('checkbox').first().check();

  await page.getByRole('link', { name: 'Back to the lenses' }).click();
  const row = page.locator('.lens-row').filter({ hasText: 'Teamleider zorg' });
  await expect(row).toContainText('3 competencies');
  await expect(row).toContainText('Ready for interviews');
  await expectAccessible(page, 'lenses list');
});

test('an exported lens, deleted and imported again, is identical', async ({ page }, info) => {
  await open(page, '#/lenses/example-project-manager');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('main h1')).toHaveText('Project manager (copy)');
  await card(page, 'Presenting').getByRole('button', { name: 'Remove Presenting' }).click();
  await page.getByRole('link', { name: 'Back to the lenses' }).click();

  const [key] = await lensKeys(page);
  const before = (await stored(page))[key];
  const row = page.locator('.lens-row').filter({ hasText: 'Project manager (copy)' });
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Export' }).click();
  const file = info.outputPath('lens.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'interviewgids', version: 5, kind: 'lens' });
  expect(exported.lens.competencies).toHaveLength(5);

  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Interviews already created with it keep their own copy.')).toBeVisible();
  await row.getByRole('button', { name: 'Delete' }).last().click();
  await expect(page.locator('.lens-row').filter({ hasText: 'Project manager (copy)' })).toHaveCount(0);
  expect(await lensKeys(page)).toEqual([]);

  await importFile(page, file);
  await expect(page.locator('.drop-zone [role=status]')).toContainText('1 stored:Project manager (copy)');
  expect(await lensKeys(page)).toEqual([key]);
  expect(JSON.parse((await stored(page))[key]!)).toEqual(JSON.parse(before!));

  // The same file again changes nothing; a changed version asks before it overwrites.
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('.drop-zone [role=status]')).toContainText('Everything in this file is here already, exactly so; nothing has changed:Project manager (copy)');
  exported.lens.name = 'Project manager, revised';
  await page.locator('input[type=file]').setInputFiles({
    name: 'revised.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByText('is already here, in a different version')).toBeVisible();
  expect(JSON.parse((await stored(page))[key]!)).toEqual(JSON.parse(before!));
  await page.getByLabel('Keep both').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.lens-row .lens-name')).toHaveText([
    'Project manager (copy)',
    'Project manager, revised',
  ].concat(['Team leader', 'Customer service employee', 'Project manager']));
});

test('an invalid lens file is refused visibly and changes nothing', async ({ page }) => {
  await newLens(page, 'Bestaand profiel');
  await open(page, '#/lenses');
  const before = await stored(page);
  const lens = JSON.parse(readFileSync('tests/e2e/org/org-library.json', 'utf8')).lenses[0];
  lens.competencies[1].competency.anchors.pop();
  const bad = [
    { name: 'anchors.json', text: JSON.stringify({ format: 'interviewgids', version: 1, kind: 'lens', lens }),
      shows: 'At $.lens.competencies[1].competency.anchors: there must be exactly five behavioural anchors; there are 4.' },
    { name: 'newer.json', text: JSON.stringify({ format: 'interviewgids', version: 7, kind: 'lens', lens }),
      shows: 'the file comes from a newer version of Interviewgids (file version 7; this version reads up to 5)' },
    { name: 'broken.json', text: '{"format": "interviewgids", "version": 1, "kind": "lens", "lens": {',
      shows: 'this is not valid JSON' },
    { name: 'other.json', text: JSON.stringify({ hello: 'world' }), shows: 'At $.format: this field is missing.' },
  ];
  for (const file of bad) {
    await page.locator('input[type=file]').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    await expect(page.getByText('This file was not imported; nothing has changed.')).toBeVisible();
    await expect(page.getByText(file.shows)).toBeVisible();
    expect(await stored(page)).toEqual(before);
  }
});

test('a library file adds competencies that lenses can use, and can be removed', async ({ page }) => {
  await open(page, '#/lenses');
  await page.locator('input[type=file]').setInputFiles('tests/e2e/files/library-safety.json');
  await expect(page.getByText('This file adds 1 competencies to the library. Nothing has been stored yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('1 competencies added to the library.')).toBeVisible();
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByText('25 of 25 competencies')).toBeVisible();
  const safety = page.locator('.competency-card').filter({ hasText: 'Safety awareness' });
  await expect(safety.locator('.badge')).toHaveText('Imported');
  await page.reload();
  await expect(page.getByText('25 of 25 competencies')).toBeVisible();
  await page.getByRole('button', { name: 'Remove imported competencies' }).click();
  await expect(page.getByText('24 of 24 competencies')).toBeVisible();
});

test('an organisation file beside the app offers its standard lenses', async ({ page }) => {
  await page.goto(`${ORG_PATH}#/lenses`);
  const section = page.locator('.lens-section').filter({ hasText: "Your organisation's standard lenses" });
  await expect(section.locator('.lens-name')).toHaveText(['Beleidsmedewerker']);
  await section.getByRole('link', { name: 'Beleidsmedewerker' }).click();
  await expect(page.getByText('This lens is read-only. Duplicate it to adapt it.')).toBeVisible();
  await expect(page.locator('article.lens-competency h3')).toHaveText([
    'Analysing problems',
    'Written communication',
    'Cooperating',
  ]);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page, 'organisation lens');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('main h1')).toHaveText('Beleidsmedewerker (copy)');
  await expect(page.getByLabel('Name of the position')).toBeEditable();
});

test('without an organisation file nothing is offered and nothing breaks', async ({ page }) => {
  await open(page, '#/lenses');
  await expect(page.locator('.lens-section h2')).toHaveText(['Your lenses', 'Examples']);
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('the lens screens read in Dutch and pass axe', async ({ page }) => {
  await open(page, '#/lenses/example-team-leader');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('main h1')).toHaveText('Teamleider');
  await expect(page.getByText('Dit profiel is alleen te lezen.')).toBeVisible();
  await expectAccessible(page, 'example lens in Dutch');
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await expect(page.locator('main h1')).toHaveText('Teamleider (kopie)');
  await expect(page.getByText('Wijzigingen worden direct opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'lens editor in Dutch');
  await page.getByRole('link', { name: 'Terug naar de profielen' }).click();
  await expect(page.locator('.lens-section h2')).toHaveText(['Eigen profielen', 'Voorbeelden']);
  await expectAccessible(page, 'lenses in Dutch');
});
