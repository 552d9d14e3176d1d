// The interview's main path in Firefox (Gecko) and WebKit (the engine of Safari and of every
// browser on an iPad), over WebDriver: Playwright's own builds of those engines cannot be
// downloaded here, so Debian's Firefox ESR with geckodriver and WebKitGTK's MiniBrowser with
// WebKitWebDriver drive the release build, served from a sub-path as the Playwright suite
// serves it (the same server, tests/e2e/server.py). Run by scripts/webdriver.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

const PORT = 8095;
const MOUNT = '/wd/interviewgids/';
const BASE = `http://127.0.0.1:${PORT}${MOUNT}`;
const WORK = resolve('target/webdriver');
const PASSPHRASE = 'fiets lantaarn oktober walvis';
const WAIT = 30_000;

/** The labels the path reads, in the language each engine runs it in. */
const T = {
  en: {
    language: 'English', other: 'Nederlands', interviews: 'Interviews', lens: 'Team leader',
    completed: 'Completed on', report: 'Interview report', stored: 'stored:',
    deleted: 'This browser deletes the interviews on this device', notSaid: 'this browser does not say',
    noEstimate: 'this browser does not report it', newInterviews: 'New interviews: 1',
    locked: 'Interviews locked', lockIsOn: 'The lock is on.',
  },
  nl: {
    language: 'Nederlands', other: 'English', interviews: 'Gesprekken', lens: 'Teamleider',
    completed: 'Afgerond op', report: 'Gespreksrapport', stored: 'opgeslagen:',
    deleted: 'Deze browser wist de gesprekken op dit apparaat', notSaid: 'deze browser zegt het niet',
    noEstimate: 'deze browser meldt het niet', newInterviews: 'Nieuwe gesprekken: 1',
    locked: 'Gesprekken vergrendeld', lockIsOn: 'De vergrendeling staat aan.',
  },
};

/**
 * The page under test, with a watcher loaded before the app: it records every uncaught error,
 * rejected promise and console error, and keeps each download's text instead of saving it (the
 * engines differ in where and whether they save; the text is what counts). A worker that caches
 * nothing replaces the app's, so every load gets the watched page.
 */
function prepareMount() {
  const dir = join(WORK, 'mount');
  mkdirSync(dir, { recursive: true });
  const index = readFileSync('dist/index.html', 'utf8');
  writeFileSync(join(dir, 'index.html'), index.replace('<head>', '<head><script src="watch.js"></script>'));
  writeFileSync(join(dir, 'watch.js'), `
    window.__errors = [];
    window.__downloads = [];
    addEventListener('error', (e) => __errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
    const error = console.error.bind(console);
    console.error = (...a) => { __errors.push(a.map(String).join(' ')); error(...a); };
    const blobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => { const url = create(blob); blobs.set(url, blob); return url; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = this.download && blobs.get(this.href);
      if (!blob) return click.call(this);
      const entry = { name: this.download, text: null };
      __downloads.push(entry);
      blob.text().then((t) => { entry.text = t; });
    };
  `);
  writeFileSync(join(dir, 'sw.js'), "self.addEventListener('install', () => self.skipWaiting());\n");
}

let server;
before(async () => {
  prepareMount();
  server = spawn('python3', ['tests/e2e/server.py', 'dist', String(PORT), `${MOUNT}:${join(WORK, 'mount')}`], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error('the test server did not start');
});
after(() => server?.kill());

async function firefoxDriver() {
  const options = new firefox.Options()
    .addArguments('-headless')
    .setBinary(process.env.FIREFOX_BIN || '/usr/bin/firefox-esr')
    .windowSize({ width: 768, height: 1024 });
  return new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(process.env.GECKODRIVER || 'geckodriver'))
    .build();
}

let webkitPort = 4460;
async function webkitDriver() {
  const port = webkitPort++;
  const process_ = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {}
    await sleep(100);
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  };
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
  await driver.manage().window().setRect({ width: 768, height: 1024 });
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    try {
      await quit();
    } finally {
      process_.kill();
    }
  };
  return driver;
}

/** A small page object over one driver. */
function app(driver) {
  const $ = (css) => driver.wait(until.elementLocated(By.css(css)), WAIT);
  const all = (css) => driver.findElements(By.css(css));
  const xpathText = (text) => `normalize-space()=${JSON.stringify(text)}`;
  return {
    driver,
    $,
    all,
    async open(hash) {
      await driver.get(BASE + hash);
      await $('main h1');
    },
    async button(text) {
      const el = await driver.wait(until.elementLocated(By.xpath(`//button[${xpathText(text)}]`)), WAIT);
      await driver.wait(until.elementIsEnabled(el), WAIT);
      return el;
    },
    async text(css) {
      return (await $(css)).getText();
    },
    async waitText(css, part) {
      await driver.wait(async () => {
        const found = await driver.findElements(By.css(css));
        for (const el of found) if ((await el.getText()).includes(part)) return true;
        return false;
      }, WAIT, `"${part}" in ${css}`);
    },
    /** Sets a field the way typing would end (date inputs differ per engine when typed into). */
    async set(css, value) {
      const el = await $(css);
      await driver.executeScript(
        `const [el, v] = arguments; el.value = v; el.dispatchEvent(new Event('input', { bubbles: true }));
         el.dispatchEvent(new Event('change', { bubbles: true }));`,
        el,
        value,
      );
    },
    async errors() {
      return driver.executeScript('return window.__errors || null');
    },
    async download(name) {
      return driver.wait(async () => {
        const list = await driver.executeScript('return window.__downloads || []');
        const found = list.find((d) => name.test(d.name) && d.text !== null);
        return found || false;
      }, 60_000, `a download named ${name}`);
    },
  };
}

async function expectNoErrors(page, where) {
  const errors = await page.errors();
  assert.notEqual(errors, null, `the watcher is loaded (${where})`);
  assert.deepEqual(errors, [], `page errors (${where})`);
}

/** The whole path in one engine, in `lang`; returns the encrypted backup it exported. */
async function interviewPath(page, engine, lang) {
  const t = T[lang];
  const { driver } = page;
  await page.open('#/sessions');
  await expectNoErrors(page, 'first screen');
  if (lang === 'nl') {
    await (await page.button('Nederlands')).click();
  }
  await page.waitText('main h1', t.interviews);
  // Safari's rule: WebKit deletes a site's data after a week without a visit, so a new start
  // says so once; Firefox does not.
  const notices = async () => (await page.all('.notice p')).length;
  if (engine === 'webkit') {
    await page.waitText('.notice p', t.deleted);
  } else {
    await sleep(1000);
    for (const el of await page.all('.notice p')) assert.ok(!(await el.getText()).includes(t.deleted));
  }
  assert.ok((await notices()) <= 1);

  // A new interview, typed into, reloaded and intact.
  await page.open('#/sessions/new');
  await (await page.$('main input')).sendKeys('Sanne de Vries');
  const select = await page.$('main select');
  await driver.wait(async () => (await select.findElements(By.css('option'))).length > 1, WAIT);
  await driver.executeScript(
    `const [s, label] = arguments; const o = [...s.options].find((o) => o.text === label);
     s.value = o.value; s.dispatchEvent(new Event('change', { bubbles: true }));`,
    select,
    t.lens,
  );
  await (await page.$('main button.primary')).click();
  await page.waitText('main h1', 'Sanne de Vries');
  const fields = await page.all('main .card.form-stack input[type=text]');
  await fields[1].sendKeys('Jan Bakker');
  await page.set('input[type=datetime-local]', '2030-03-12T09:00');
  await (await page.$('.score-grid input')).sendKeys('74');
  // The candidate saw the report and did not block it (NIP): only then is the score used.
  await (await page.all('.assessment-record input[type=radio]'))[1].click();
  await sleep(600); // the save after typing
  await driver.navigate().refresh();
  await page.waitText('main h1', 'Sanne de Vries');
  const values = await driver.executeScript(
    `return [...document.querySelectorAll('main .card.form-stack input[type=text]')].slice(0, 2).map((i) => i.value)
       .concat(document.querySelector('.score-grid input').value, document.querySelector('input[type=datetime-local]').value)`,
  );
  assert.deepEqual(values, ['Sanne de Vries', 'Jan Bakker', '74', '2030-03-12T09:00']);
  await expectNoErrors(page, 'intake after reload');

  // A competency rated with evidence.
  await (await page.all('nav.steps a'))[2].click();
  const phaseNext = async () => {
    const buttons = await page.all('.page-actions button.primary');
    await buttons[buttons.length - 1].click();
  };
  await (await page.$('main .card > button.primary')).click(); // start the interview
  await page.$('.phase-progress');
  for (let i = 0; i < 3; i++) {
    await sleep(200);
    await phaseNext();
  }
  await page.$('.rating-block');
  await (await page.$('.rating-block textarea')).sendKeys('Led the migration team through two releases.');
  await sleep(300);
  await (await page.all('.rating-block .anchor-choice'))[3].click();
  await driver.wait(async () => (await page.all('.rating-block input[type=radio]:checked')).length === 1, WAIT);
  await page.$('.rated-reading');

  // The evaluation completed.
  const steps = await page.all('nav.steps a');
  await steps[steps.length - 1].click();
  await page.$('.unrated input');
  for (const input of await page.all('.unrated input')) await input.sendKeys('Not discussed: out of time.');
  await (await page.all('fieldset.choices input[type=radio]'))[3].click();
  const substantiation = await driver.findElement(By.xpath("//fieldset[contains(@class,'choices')]/..//textarea"));
  await substantiation.sendKeys('A concrete example with a result on leading.');
  // Competencies left unrated were not shown to meet the standard: the yes says how it weighs it.
  await (await page.$('.departure textarea')).sendKeys('The rest follows in the second round.');
  await sleep(300);
  await (await page.$('.page-actions button.primary')).click();
  await page.waitText('.page-actions .done', t.completed);

  // The report opened, and read in the other language too.
  await (await page.$('.page-actions a.button')).click();
  await page.waitText('h2.report-heading', t.report);
  await page.waitText('.report-competency', '74');
  const reportLanguage = await driver.findElement(
    By.xpath(`//div[contains(@class,'report-lang')]//button[normalize-space()=${JSON.stringify(t.other)}]`),
  );
  await reportLanguage.click();
  await page.waitText('h2.report-heading', T[lang === 'en' ? 'nl' : 'en'].report);
  await expectNoErrors(page, 'report');

  // The day plan as a calendar file.
  await page.open('#/days/2030-03-12');
  const calendar = await page.$('.card .toolbar button.primary');
  await calendar.click();
  const ics = await page.download(/^interviews-2030-03-12\.ics$/);
  assert.match(ics.text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics.text, /DTSTART[^:]*:20300312T090000/);
  assert.ok(!ics.text.includes('Sanne'), 'no candidate name unless asked for');

  // What the Data screen says about keeping the data, where the engine cannot tell.
  await page.open('#/data');
  if (engine === 'webkit') {
    // WebKitGTK has no navigator.storage: the screen says what it cannot show.
    await page.waitText('.keep-risk', t.deleted);
    assert.equal(await page.text('.keep-quota'), t.noEstimate);
    assert.equal(await page.text('.keep-persistent'), t.notSaid);
  } else {
    await driver.wait(async () => /\d/.test(await page.text('.keep-quota')), WAIT, 'an estimate in Firefox');
  }

  // A backup exported encrypted.
  const backupButton = await page.$('.keeping + .card button.primary');
  await backupButton.click();
  // The dialog's form is a piece of its own, loaded when first needed: wait for it.
  await (await page.$('dialog[open] input[type=checkbox]')).click();
  await page.$('dialog[open] input[type=password]');
  const secrets = await page.all('dialog[open] input[type=password]');
  await secrets[0].sendKeys(PASSPHRASE);
  await secrets[1].sendKeys(PASSPHRASE);
  await (await page.$('dialog[open] button[type=submit]')).click();
  const backup = await page.download(/^interviewgids-backup-.*-protected\.json$/);
  const envelope = JSON.parse(backup.text);
  assert.equal(envelope.kind, 'encrypted');
  assert.ok(!backup.text.includes('Sanne'));
  await expectNoErrors(page, 'export');
  return backup.text;
}

/** Imports the encrypted backup into an empty profile of the same engine. */
async function restore(page, lang, text) {
  const t = T[lang];
  const { driver } = page;
  await page.open('#/data');
  if (lang === 'nl') await (await page.button('Nederlands')).click();
  const file = join(WORK, `backup-${Date.now()}.json`);
  writeFileSync(file, text);
  const input = await driver.findElement(By.css('input[type=file]'));
  await input.sendKeys(file);
  const secret = await page.$('.passphrase-form input[type=password]');
  await secret.sendKeys(PASSPHRASE);
  await (await page.$('.passphrase-form button[type=submit], .passphrase-form button.primary')).click();
  await page.waitText('.import-preview', t.newInterviews);
  await (await page.$('.import-preview button.primary')).click();
  await page.waitText('.drop-zone [role=status]', t.stored);
  await page.open('#/sessions');
  await page.waitText('main', 'Sanne de Vries');
  await expectNoErrors(page, 'restored');

  // The device lock: on, a reload into the lock screen with nothing readable, unlocked again.
  await page.open('#/data');
  const fields = await page.all('.lock-on-form input[type=password]');
  await fields[0].sendKeys(PASSPHRASE);
  await fields[1].sendKeys(PASSPHRASE);
  await (await page.$('.lock-on-form button.primary')).click();
  await (await page.$('.recovery-code input[type=checkbox]')).click();
  await (await page.$('.recovery-code button.primary')).click();
  await page.waitText('.device-lock', t.lockIsOn);
  await driver.navigate().refresh();
  await page.waitText('main h1', t.locked);
  const readable = await driver.executeScript(
    `return Object.keys(localStorage).map((k) => localStorage.getItem(k)).join(' ') + document.body.innerHTML`,
  );
  assert.ok(!readable.includes('Sanne'), 'nothing readable while locked');
  await (await page.$('.unlock-form input')).sendKeys(PASSPHRASE);
  await (await page.$('.unlock-form button.primary')).click();
  // Unlocked on the screen it was on; the list through the menu (a fresh load would lock).
  await page.waitText('.device-lock', t.lockIsOn);
  await (await page.$('nav.main-nav li:first-child a')).click();
  await page.waitText('main', 'Sanne de Vries');
  await expectNoErrors(page, 'unlocked');
}

for (const [engine, make, lang] of [
  ['firefox', firefoxDriver, 'en'],
  ['webkit', webkitDriver, 'nl'],
]) {
  test(`the interview's path in ${engine} (${lang})`, { timeout: 300_000 }, async () => {
    mkdirSync(WORK, { recursive: true });
    const driver = await make();
    let backup;
    try {
      backup = await interviewPath(app(driver), engine, lang);
    } catch (error) {
      writeFileSync(join(WORK, `${engine}-failed.png`), await driver.takeScreenshot(), 'base64');
      throw error;
    } finally {
      await driver.quit();
    }
    const fresh = await make();
    try {
      await restore(app(fresh), lang, backup);
    } finally {
      await fresh.quit();
    }
  });
}
