import { test, expect, open, expectAccessible } from './fixtures';

test('the library is searchable, filterable and opens a competency', async ({ page }) => {
  await open(page, '#/library');
  await expect(page.getByText('24 of 24 competencies')).toBeVisible();
  await expect(page.locator('.factor-group h2')).toHaveCount(8);

  await page.getByLabel('Search competencies').fill('deadline');
  await expect(page.getByText('1 of 24 competencies')).toBeVisible();
  await expect(page.locator('.competency-card a')).toHaveText(['Planning and organising']);

  await page.getByLabel('Search competencies').fill('');
  await page.getByLabel('Factor').selectOption({ label: 'Adapting and coping' });
  await expect(page.locator('.factor-group h2')).toHaveText(['Adapting and coping']);
  await expect(page.locator('.competency-card')).toHaveCount(3);

  await page.getByRole('link', { name: 'Coping with pressure' }).click();
  await expect(page).toHaveURL(/#\/library\/stress-resistance$/);
  await expect(page.locator('main h1')).toHaveText('Coping with pressure');
  await expect(page.locator('.question')).toHaveCount(3);
  await expect(page.locator('.anchor')).toHaveCount(5);
  await expectAccessible(page, 'competency detail');

  // Back to the list: the filter is still set.
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.locator('.competency-card')).toHaveCount(3);
});

test('the library reads in Dutch after switching language', async ({ page }) => {
  await open(page, '#/library/initiating-action');
  await expect(page.locator('main h1')).toHaveText('Initiating action');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('main h1')).toHaveText('Initiatief nemen');
  await expect(page.locator('.eyebrow')).toHaveText('Leiden en beslissen');
  await expect(page.locator('.question-text').first()).toHaveText(
    'Vertel eens over een keer dat je iets in gang zette wat niet van je gevraagd werd.',
  );
  await expect(page.getByRole('heading', { name: 'Beoordelingsschaal' })).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
  await page.getByLabel('Zoeken in competenties').fill('beinvloeden');
  await expect(page.locator('.competency-card a')).toHaveText(['Beïnvloeden en inspireren']);
  await expectAccessible(page, 'library in Dutch');
});

test('an unknown competency says so and offers the way back', async ({ page }) => {
  await open(page, '#/library/no-such-thing');
  await expect(page.getByText('This competency is not in the library.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.locator('main h1')).toHaveText('Library');
});
