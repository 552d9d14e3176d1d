import { readFileSync } from 'node:fs';
import { test, expect, open, stored } from './fixtures';

test.use({ viewport: { width: 768, height: 1024 } });

const lensFile = readFileSync('tests/e2e/org/org-library.json', 'utf8');
const orgLens = () => JSON.parse(lensFile).lenses[0];
const envelope = (kind: string, body: object, version: unknown = 1) =>
  JSON.stringify({ format: 'interviewgids', version, kind, exported_at: '2026-11-28T10:00:00Z', ...body });
const session = (change: (s: any) => void) => {
  const s: any = { id: 's-hostile', candidate: 'X', lens: orgLens(), assessment: { scores: {} } };
  change(s);
  return envelope('session', { session: s });
};

/** Files that must be refused, each with what the message must say. */
const refused: [string, string | Buffer, string][] = [
  ['truncated', lensFile.slice(0, lensFile.length / 2), 'this is not valid JSON'],
  ['empty', '', 'this is not valid JSON'],
  ['null', 'null', 'the file must hold a single JSON object'],
  ['array', '[{"format": "interviewgids"}]', 'the file must hold a single JSON object'],
  ['wrong format', JSON.stringify({ format: 'excel', version: 1, kind: 'lens' }), 'this is not an Interviewgids file'],
  ['no version', JSON.stringify({ format: 'interviewgids', kind: 'lens' }), 'At $.version: this field is missing.'],
  ['version as text', envelope('lens', { lens: orgLens() }, '1'), 'At $.version: wrong kind of value'],
  ['newer version', envelope('lens', { lens: orgLens() }, 99), 'file version 99; this version reads up to 1'],
  ['negative version', envelope('lens', { lens: orgLens() }, -1), 'unknown file version -1'],
  ['unknown kind', envelope('virus', {}), 'unknown kind of file “virus”'],
  ['kind as number', envelope(7 as any, {}), 'At $.kind: wrong kind of value'],
  ['wrong type deep', envelope('lens', { lens: { ...orgLens(), competencies: [{ ...orgLens().competencies[0], standard: 'high' }] } }),
    'At $.lens.competencies[0].standard: wrong kind of value'],
  ['duplicate competencies', envelope('lens', { lens: { ...orgLens(), competencies: [orgLens().competencies[0], orgLens().competencies[0]] } }),
    'At $.lens.competencies[1].competency.id: the id “analysing-problems” occurs more than once.'],
  ['duplicate question ids', (() => {
    const lens = orgLens();
    lens.competencies[0].competency.questions[1].id = lens.competencies[0].competency.questions[0].id;
    return envelope('lens', { lens });
  })(), 'occurs more than once'],
  ['four anchors', (() => {
    const lens = orgLens();
    lens.competencies[2].competency.anchors.pop();
    return envelope('library', { competencies: [lens.competencies[2].competency] });
  })(), 'At $.competencies[0].anchors: there must be exactly five behavioural anchors; there are 4.'],
  ['deep nesting', '['.repeat(10_000) + ']'.repeat(10_000), 'nests deeper than 32 levels'],
  ['20 MB', Buffer.alloc(20 * 1024 * 1024, 32), 'This file is too large'],
  ['score 1e309', session((s) => (s.assessment.scores = { 'analysing-problems': '__NUM__' })).replace('"__NUM__"', '1e309'),
    'a number is far too large'],
  ['score 150', session((s) => (s.assessment.scores = { 'analysing-problems': 150 })),
    'At $.session.assessment.scores.analysing-problems: the value 150 is outside 0–100.'],
  ['rating 9', session((s) => (s.interview = { ratings: { cooperating: { level: 9, evidence: 'x' } } })),
    'At $.session.interview.ratings.cooperating.level: the value 9 is outside 1–5.'],
  ['path in an id', session((s) => (s.id = '../../etc/passwd')), 'invalid id “../../etc/passwd”'],
  ['binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x9c, 0x01, 0x02]), 'this is not valid JSON'],
];

test(`${refused.length} hostile files are refused with a clear message and change nothing`, async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '#/data');
  const before = await stored(page);
  for (const [name, content, message] of refused) {
    await page.locator('input[type=file]').setInputFiles({
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
    });
    const status = page.locator('.drop-zone [role=status]');
    await expect(status, name).toContainText(message);
    await expect(status, name).toContainText('nothing has changed');
    expect(await stored(page), name).toEqual(before);
  }
});

test('markup and script in every text field stay inert text', async ({ page }) => {
  const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const url = 'javascript:window.__pwned=1';
  const lens = orgLens();
  lens.id = 'hostile-lens';
  lens.name = `${attack} ${url}`;
  lens.description = attack;
  for (const item of lens.competencies) {
    const c = item.competency;
    c.id = `x-${c.id}`;
    for (const t of [c.name, c.definition, c.basis, ...c.anchors]) { t.nl = attack; t.en = attack; }
    for (const q of c.questions) {
      q.text = { nl: attack, en: url };
      q.probes = q.probes.map(() => ({ nl: url, en: attack }));
    }
  }
  const text = envelope('lens', { lens });
  await open(page, '#/lenses');
  await page.locator('input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('.drop-zone [role=status]')).toContainText('Imported:');
  await page.getByRole('link', { name: `${attack} ${url}` }).click();
  await expect(page.locator('main h1')).toHaveText(`${attack} ${url}`);
  await expect(page.getByText(url).first()).toBeVisible();
  // Nothing ran, nothing became markup, no link points at script.
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  // The same in a session built on it.
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await page.getByRole('link', { name: 'New interview' }).click();
  await page.getByLabel("Candidate's name").fill(attack);
  await page.getByLabel('Position (lens)').selectOption({ label: `${attack} ${url}` });
  await page.getByRole('button', { name: 'Go to the intake' }).click();
  await expect(page.locator('main h1')).toHaveText(attack);
  await page.getByRole('link', { name: 'Interview', exact: true }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.locator('.question-block').first()).toContainText(url);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);
});
