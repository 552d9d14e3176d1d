import { test, expect, open, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

/** The labels the flow uses, in both languages: the same interview, start to finish. */
const L = {
  en: {
    lang: 'English', newSession: 'New interview', candidate: "Candidate's name", lens: 'Position (lens)',
    lensName: 'Team leader', create: 'Go to the intake', interviewer: 'Interviewer',
    when: 'Date and time of the interview', report: 'Candidate report (summary)',
    scoreError: 'Enter a whole number from 0 to 100.', ready: 'Everything is filled in.', released: 'Seen and not blocked',
    prepare: 'Preparation', low: 'Low score: probe for learned behaviour.', high: 'High score: check for real examples.',
    reminder: 'The candidate knows that I will ask for concrete examples', markPrepared: 'Mark as prepared',
    prepared: 'This interview is prepared.', start: 'Start the interview', next: 'Next', notes: 'Notes',
    roles: 'Roles:', purpose: 'Purpose:', agenda: 'Agenda:', partly: 'Partly',
    basis: 'The candidate report is the basis', lowNotBad: 'A low score is not a verdict', interpret: 'I interpret the results',
    evidence: 'Evidence: what did the candidate say and do?', noEvidence: 'Write down the evidence first',
    exampleYes: 'Yes', exampleNone: 'No, not even after time to think', nextCompetency: 'Next competency',
    nextSteps: 'Next steps explained', toEvaluation: 'To the evaluation', untapped: 'Untapped potential',
    learned: 'Learned behaviour — check fit', complete: 'Complete the evaluation',
    noRecommendation: 'Choose a recommendation.', yes: 'Yes', substantiation: 'Substantiation',
    noSubstantiation: 'Write down the substantiation', completedOn: 'Completed on', statusCompleted: 'Completed',
    interviews: 'Interviews', level: 'Level',
    noExample: 'No example, even after time to think: leave unrated',
    departs: 'The recommendation departs from the standard', departure: 'Why you come to this recommendation all the same',
  },
  nl: {
    lang: 'Nederlands', newSession: 'Nieuw gesprek', candidate: 'Naam van de kandidaat', lens: 'Functie (profiel)',
    lensName: 'Teamleider', create: 'Naar de intake', interviewer: 'Interviewer',
    when: 'Datum en tijd van het gesprek', report: 'Kandidaatrapport (samenvatting)',
    scoreError: 'Vul een heel getal van 0 tot en met 100 in.', ready: 'Alles is ingevuld.', released: 'Gezien en niet geblokkeerd',
    prepare: 'Voorbereiding', low: 'Lage score: zoek naar aangeleerd gedrag.', high: 'Hoge score: controleer of er echte voorbeelden zijn.',
    reminder: 'De kandidaat weet dat ik naar concrete voorbeelden vraag', markPrepared: 'Markeer als voorbereid',
    prepared: 'Dit gesprek is voorbereid.', start: 'Start het gesprek', next: 'Volgende', notes: 'Aantekeningen',
    roles: 'Rollen:', purpose: 'Doel:', agenda: 'Agenda:', partly: 'Gedeeltelijk',
    basis: 'Het kandidaatrapport is de basis', lowNotBad: 'Een lage score is geen oordeel', interpret: 'Ik interpreteer de uitslag',
    evidence: 'Onderbouwing: wat zei en deed de kandidaat?', noEvidence: 'Schrijf eerst de onderbouwing op',
    exampleYes: 'Ja', exampleNone: 'Nee, ook niet na bedenktijd', nextCompetency: 'Volgende competentie',
    nextSteps: 'Vervolgstappen uitgelegd', toEvaluation: 'Naar de evaluatie', untapped: 'Onbenut potentieel',
    learned: 'Aangeleerd gedrag — check de fit', complete: 'Evaluatie afronden',
    noRecommendation: 'Kies een eindadvies.', yes: 'Ja', substantiation: 'Onderbouwing',
    noSubstantiation: 'Schrijf de onderbouwing op', completedOn: 'Afgerond op', statusCompleted: 'Afgerond',
    interviews: 'Gesprekken', level: 'Niveau',
    noExample: 'Geen voorbeeld, ook niet na bedenktijd: niet beoordelen',
    departs: 'Het advies wijkt af van de norm', departure: 'Waarom je toch tot dit advies komt',
  },
};

/** Team leader: the example lens, with its six competencies and a score for each. */
const SCORES: Record<'en' | 'nl', [string, string][]> = {
  en: [['Leading and supervising', '74'], ['Deciding', '31'], ['Influencing and inspiring', '55'],
       ['Cooperating', '60'], ['Planning and organising', '40'], ['Coping with pressure', '70']],
  nl: [['Leidinggeven', '74'], ['Beslissen', '31'], ['Beïnvloeden en inspireren', '55'],
       ['Samenwerken', '60'], ['Plannen en organiseren', '40'], ['Omgaan met druk', '70']],
};

async function wholeInterview(page: Page, lang: 'en' | 'nl', axe: boolean) {
  const t = L[lang];
  await open(page, '#/sessions');
  await page.getByRole('button', { name: t.lang }).click();
  await page.getByRole('link', { name: t.newSession }).click();
  await page.getByLabel(t.candidate).fill('Sanne de Vries');
  await page.getByLabel(t.lens).selectOption({ label: t.lensName });
  await page.getByRole('button', { name: t.create }).click();
  await expect(page.locator('main h1')).toHaveText('Sanne de Vries');

  // Intake
  await page.getByLabel(t.interviewer).fill('Jan Bakker');
  await page.getByLabel(t.when).fill('2026-12-01T10:00');
  const [first] = SCORES[lang][0];
  await page.getByLabel(first, { exact: true }).fill('7a');
  await expect(page.getByText(t.scoreError)).toBeVisible();
  for (const [name, score] of SCORES[lang]) await page.getByLabel(name, { exact: true }).fill(score);
  await expect(page.getByText(t.scoreError)).toHaveCount(0);
  await page.getByLabel(t.report).fill('Rustig en analytisch; zoekt structuur.');
  // The candidate saw the report and did not block it (NIP): only then are the scores used.
  await expect(page.getByText(t.ready)).toHaveCount(0);
  await page.locator('.assessment-record').getByLabel(t.released, { exact: true }).check();
  await expect(page.getByText(t.ready)).toBeVisible();
  if (axe) await expectAccessible(page, `intake ${lang}`);

  // Preparation
  await page.getByRole('navigation').getByRole('link', { name: t.prepare }).click();
  const block = (name: string) => page.locator('.prep-competency').filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(block(SCORES[lang][1][0]).locator('.focus')).toContainText(t.low);
  await expect(block(SCORES[lang][0][0]).locator('.focus')).toContainText(t.high);
  await page.getByLabel(t.reminder).check();
  await page.getByRole('button', { name: t.markPrepared }).click();
  await expect(page.getByText(t.prepared)).toBeVisible();
  if (axe) await expectAccessible(page, `preparation ${lang}`);
  await page.getByRole('button', { name: t.start }).click();

  // Warm-up, clarity, assessment discussion
  await page.getByLabel(t.notes).fill('Reis ging goed.');
  if (axe) await expectAccessible(page, `warm-up ${lang}`);
  await page.getByRole('button', { name: t.next, exact: true }).click();
  for (const point of [t.roles, t.purpose, t.agenda]) await page.getByLabel(point).check();
  if (axe) await expectAccessible(page, `clarity ${lang}`);
  await page.getByRole('button', { name: t.next, exact: true }).click();
  await page.getByLabel(t.partly, { exact: true }).check();
  for (const point of [t.basis, t.lowNotBad, t.interpret]) await page.getByLabel(point).check();
  if (axe) await expectAccessible(page, `assessment discussion ${lang}`);
  await page.getByRole('button', { name: t.next, exact: true }).click();

  // Competency questions: a rating without evidence is refused; then each is rated.
  const rating = page.locator('.rating-block');
  await rating.locator('.anchor-choice').nth(3).click();
  await expect(page.getByRole('alert').filter({ hasText: t.noEvidence })).toBeVisible();
  await expect(rating.locator('input[type=radio]:checked')).toHaveCount(0);
  if (axe) await expectAccessible(page, `competency questions ${lang}`);
  for (let i = 0; i < 6; i++) {
    const example = i === 0 ? t.exampleNone : t.exampleYes; // 74 without example; 31 with one
    for (const q of await page.locator('.question-block').all()) {
      await q.getByLabel(t.notes).fill(`Antwoord bij competentie ${i + 1}`);
      await q.getByLabel(example, { exact: true }).check();
    }
    await rating.getByLabel(t.evidence).fill(`Concreet voorbeeld ${i + 1}, met resultaat.`);
    // No example even after time to think is recorded as such, not as a low level.
    if (i === 0) await rating.getByLabel(t.noExample).check();
    else await rating.locator('.anchor-choice').nth(3).click();
    await expect(rating.locator('input[type=radio]:checked')).toHaveCount(1);
    if (i < 5) await page.locator('.page-actions').getByRole('button', { name: t.nextCompetency }).click();
  }
  await page.getByRole('button', { name: t.next, exact: true }).click();

  // Closing
  await page.getByLabel(t.nextSteps).check();
  if (axe) await expectAccessible(page, `closing ${lang}`);
  await page.getByRole('link', { name: t.toEvaluation }).click();

  // Evaluation
  const row = (name: string) => page.locator('table.results tr').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row(SCORES[lang][0][0])).toContainText(t.untapped);
  await expect(row(SCORES[lang][1][0])).toContainText(t.learned);
  await page.getByRole('button', { name: t.complete }).click();
  await expect(page.getByText(t.noRecommendation)).toBeVisible();
  await page.locator('fieldset.choices').getByLabel(t.yes, { exact: true }).check();
  await page.getByRole('button', { name: t.complete }).click();
  await expect(page.getByText(t.noSubstantiation)).toBeVisible();
  await page.getByLabel(t.substantiation).fill('Sterke, concrete voorbeelden bij vijf van de zes competenties.');
  // A yes while one competency had no example departs from the standard: say why.
  await page.getByRole('button', { name: t.complete }).click();
  await expect(page.getByText(t.departs).first()).toBeVisible();
  await page.getByLabel(t.departure).fill('Leidinggeven komt in deze rol pas later; de aanleg is hoog.');
  await page.getByRole('button', { name: t.complete }).click();
  await expect(page.getByText(t.completedOn)).toBeVisible();
  if (axe) await expectAccessible(page, `evaluation ${lang}`);

  await page.getByRole('link', { name: t.interviews }).first().click();
  await expect(page.locator('.list-table tbody tr')).toContainText([`Sanne de Vries${t.lensName}2026-12-01 10:00${t.statusCompleted}`]);
}

test.describe('on a tablet in portrait', () => {
  test.use({ viewport: { width: 768, height: 1024 } });
  test('a whole interview, from new session to completed evaluation', async ({ page }) => {
    test.setTimeout(90_000);
    await wholeInterview(page, 'en', true);
  });
  test('the same interview in Dutch', async ({ page }) => {
    test.setTimeout(90_000);
    await wholeInterview(page, 'nl', true);
  });
});

test.describe('on a tablet in landscape', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('a whole interview, from new session to completed evaluation', async ({ page }) => {
    test.setTimeout(90_000);
    await wholeInterview(page, 'en', false);
  });
});

test('a reload in the middle of typing a note keeps every character and the phase', async ({ page }) => {
  await open(page, '#/sessions/new');
  await page.getByLabel("Candidate's name").fill('Ayşe Yılmaz');
  await page.getByLabel('Position (lens)').selectOption({ label: 'Project manager' });
  await page.getByRole('button', { name: 'Go to the intake' }).click();
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const note = 'Leidde een migratie; “deadline” <gehaald> & 3 weken eerder.';
  const notes = page.locator('.question-block').first().getByLabel('Notes');
  await notes.click();
  await page.keyboard.type(note);
  await page.reload();
  await expect(page.locator('.phase-progress li.current')).toContainText('Competency questions');
  await expect(page.locator('.question-block').first().getByLabel('Notes')).toHaveValue(note);

  // The timer keeps its state through a reload: pause, reload, still paused on this phase.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Paused')).toBeVisible();
  await expect(page.locator('.timer')).toContainText('This phase:');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('after the interview, the questions without notes are listed to fill in while memory is fresh', async ({ page }) => {
  await open(page, '#/sessions/new');
  await page.getByLabel("Candidate's name").fill('Noor Visser');
  await page.getByLabel('Position (lens)').selectOption({ label: 'Team leader' });
  await page.getByRole('button', { name: 'Go to the intake' }).click();
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  // Before the interview there is nothing to list.
  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(page.locator('.unnoted')).toHaveCount(0);
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  const first = page.locator('.question-block').first();
  const asked = (await page.locator('.question-block .question-text').allTextContents()).length;
  const firstQuestion = await first.locator('.question-text').textContent();
  await first.getByLabel('Notes').fill('Planned the move in three steps.');

  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  const list = page.locator('.unnoted');
  await expect(list.getByRole('heading')).toContainText('Questions without notes (');
  const fields = list.locator('textarea');
  // Every question of the other competencies too, but not the one with notes.
  expect(await fields.count()).toBeGreaterThan(asked - 1);
  await expect(list).not.toContainText(firstQuestion!);
  // Writing in the list stores the note on the question, and the list stays while writing.
  const count = await fields.count();
  await fields.first().fill('Took the lead when the planner fell ill.');
  await expect(fields).toHaveCount(count);
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(page.locator('.unnoted textarea')).toHaveCount(count - 1);
  await expectAccessible(page, 'questions without notes');
});
