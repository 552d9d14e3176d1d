import { readFileSync } from 'node:fs';
import { test, expect, open, stored, importFile } from './fixtures';

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
  ['newer version', envelope('lens', { lens: orgLens() }, 99), 'file version 99; this version reads up to 5'],
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
    'At $.session.assessment.scores.analysing-problems: 150 is not allowed here: use a whole number from 0 to 100.'],
  ['score -1', session((s) => (s.assessment.scores = { 'analysing-problems': -1 })),
    'At $.session.assessment.scores.analysing-problems: -1 is not allowed here: use a whole number from 0 to 100.'],
  ['rating 9', session((s) => (s.interview = { ratings: { cooperating: { level: 9, evidence: 'x' } } })),
    'At $.session.interview.ratings.cooperating.level: 9 is not allowed here: use a whole number from 1 to 5.'],
  ['impossible date', session((s) => (s.retention = { procedure_ended: '2026-02-30', consent_given: '' })),
    'At $.session.retention.procedure_ended: “2026-02-30” is not a real date'],
  ['a date in words', session((s) => (s.retention = { procedure_ended: '', consent_given: 'yesterday' })),
    'At $.session.retention.consent_given: “yesterday” is not a real date'],
  ['65,535 minutes', session((s) => (s.lens.phase_minutes = { ...s.lens.phase_minutes, competencies: 65535 })),
    'At $.session.lens.phase_minutes.competencies: 65535 is not allowed here: use a whole number from 0 to 240.'],
  ['one id twice', envelope('backup', { sessions: [JSON.parse(session(() => {})).session, JSON.parse(session(() => {})).session], lenses: [] }),
    'At $.sessions[1].id: the id “s-hostile” occurs more than once.'],
  ['Windows-1252', Buffer.concat([Buffer.from(session((s) => (s.candidate = '__NAME__')).split('__NAME__')[0]),
    Buffer.from([0x5a, 0x6f, 0xeb, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]),
    Buffer.from(session((s) => (s.candidate = '__NAME__')).split('__NAME__')[1])]),
    'this file is not UTF-8 text'],
  ['path in an id', session((s) => (s.id = '../../etc/passwd')), 'invalid id “../../etc/passwd”'],
  ['binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x9c, 0x01, 0x02]), 'this file is not UTF-8 text'],
  ['control bytes', Buffer.from([0x00, 0x7b, 0x22, 0x01, 0x02]), 'this is not valid JSON'],
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
    await expect(status, name).toContainText(/nothing has changed/i);
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
  await importFile(page, { name: 'x.json', text });
  await expect(page.locator('.drop-zone [role=status]')).toContainText('1 stored:');
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

test('a file with nothing to import says so, and nothing changes', async ({ page }) => {
  await open(page, '#/data');
  const before = await stored(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(envelope('backup', { sessions: [], lenses: [] })),
  });
  await expect(page.locator('.drop-zone [role=status]')).toContainText(
    'This file holds nothing to import: no interviews, lenses or competencies. Nothing has changed.');
  expect(await stored(page)).toEqual(before);
});

test('keep both on a 64-character id makes a copy that opens, and names cannot spoof the list', async ({ page }) => {
  await open(page, '#/data');
  const long = 'x'.repeat(64);
  const spoof = 'Anna \u202Erednaxela';
  await importFile(page, { name: 'a.json', text: session((s) => { s.id = long; s.candidate = spoof; }) });
  await expect(page.locator('.drop-zone [role=status]')).toContainText('1 stored:');
  await page.locator('input[type=file]').setInputFiles({
    name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(session((s) => { s.id = long; s.candidate = 'Bram'; })),
  });
  await page.locator('fieldset.conflict').getByLabel('Keep both').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: 'Interviews' }).first().click();
  await expect(page.locator('.list-table tbody tr')).toHaveCount(2);
  // Each name is isolated, so its right-to-left override stays inside it.
  await expect(page.locator('.list-table tbody td:first-child a > bdi')).toHaveText([spoof, 'Bram']);
  await page.getByRole('link', { name: 'Bram' }).click();
  await expect(page.locator('main h1')).toHaveText('Bram');
  expect(page.url()).toMatch(/#\/sessions\/x+-copy-[0-9a-z]+$/);
  expect(page.url().split('#/sessions/')[1].length).toBeLessThanOrEqual(64);
});
