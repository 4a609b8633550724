// End to end in real headless Chromium (Debian's, driven by playwright-core): log in, submit a
// loopback link, watch it finish, download the MP3, and save screenshots at phone and desktop
// widths. Everything runs on 127.0.0.1; the test starts every server it needs.
import { existsSync } from 'node:fs';

// Skipped (exit 77) only where the browser or the driver is not installed; bootstrap installs both.
if (!existsSync('/usr/bin/chromium')) { console.log('SKIP: /usr/bin/chromium is not installed'); process.exit(77); }
const { chromium } = await import('playwright-core').catch(() => {
  console.log('SKIP: run npm ci in tests/e2e'); process.exit(77);
});
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.env.TUNEDROP_BIN;
const shots = join(process.cwd(), 'screenshots');
let passed = 0;
let failed = 0;
const cleanups = [];

function check(condition, what) {
  if (condition) { passed++; console.log('PASS', what); } else { failed++; console.log('FAIL', what); }
}

function freePort() {
  return new Promise((resolve) => {
    const s = netServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function main() {
  if (!bin) throw new Error('TUNEDROP_BIN must point at the built tunedrop');
  mkdirSync(shots, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'tunedrop-e2e-'));
  const profile = join(work, 'profile');
  const out = join(work, 'out');
  const media = join(work, 'song.webm');
  spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=f=440:d=3', '-c:a', 'libopus',
                       '-metadata', 'title=Browser Sóng', media], { stdio: 'inherit' });

  // A longer song, sent slowly, so that the page shows a download in progress with speed and ETA.
  const longMedia = join(work, 'long.webm');
  spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=f=330:d=40', '-c:a', 'libopus', '-b:a', '64k',
                       '-metadata', 'title=Langsames Lied', longMedia], { stdio: 'inherit' });

  // The "internet": a file server on loopback.
  const files = createServer((req, res) => {
    if (req.url === '/slow.webm') {
      const data = readFileSync(longMedia);
      res.writeHead(200, { 'Content-Type': 'audio/webm', 'Content-Length': data.length });
      let offset = 0;
      const timer = setInterval(() => {
        if (res.destroyed) { clearInterval(timer); return; }
        res.write(data.subarray(offset, offset + 3000));
        offset += 3000;
        if (offset >= data.length) { clearInterval(timer); res.end(); }
      }, 100);
      return;
    }
    if (req.url === '/late-missing.mp3') { setTimeout(() => res.writeHead(404).end(), 500); return; }
    if (req.url !== '/song.webm') { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': 'audio/webm', 'Content-Length': statSync(media).size });
    createReadStream(media).pipe(res);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => files.once('listening', r));
  cleanups.push(() => files.close());
  const mediaUrl = `http://127.0.0.1:${files.address().port}/song.webm`;

  const env = { ...process.env, QT_QPA_PLATFORM: 'offscreen', LC_ALL: 'C.UTF-8' };
  const setPw = spawnSync(bin, ['--set-web-password', '--profile', profile], { input: 'sesame\n', env });
  check(setPw.status === 0, 'tunedrop --set-web-password stores the password');

  const port = await freePort();
  const app = spawn(bin, ['--headless', '--web', '--web-port', String(port), '--web-require-login',
                          '--allow-local-sources', '--profile', profile, '--output-dir', out], { env });
  cleanups.push(() => app.kill('SIGTERM'));
  await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error('tunedrop did not start its web server: ' + err)), 20000);
    app.stderr.on('data', (d) => { err += d; if (err.includes('web: http')) { clearTimeout(timer); resolve(); } });
  });
  const base = `http://127.0.0.1:${port}`;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();

  await page.goto(base + '/');
  check(page.url().endsWith('/login'), 'an unauthenticated visit lands on the login page');
  await page.fill('#password', 'wrong');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  const refusal = await page.content();
  if (!refusal.includes('Wrong password')) console.log(refusal.slice(0, 600));
  check(refusal.includes('Wrong password'), 'a wrong password is refused in plain words');
  await page.fill('#password', 'sesame');
  await Promise.all([page.waitForURL(base + '/'), page.click('button[type=submit]')]);
  check(page.url() === base + '/', 'the right password opens the page');

  await page.fill('#video_url', mediaUrl);
  await page.click('#submit-form button');
  await page.waitForSelector('#message.success', { timeout: 10000 });
  check((await page.textContent('#message')) === '1 link added.', 'the submit box says what happened: ' + await page.textContent('#message'));
  await page.waitForSelector('.job.done a.button', { timeout: 60000 });
  check((await page.textContent('.job.done .status')) === 'Done', 'a finished job reads "Done"');
  check((await page.textContent('.job.done .title')).includes('Browser Sóng'), 'the finished job shows its title live');
  await page.screenshot({ path: join(shots, 'web-desktop.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.job.done a.button')]);
  const bytes = readFileSync(await download.path());
  check(bytes.subarray(0, 3).toString() === 'ID3' && bytes.length > 10000, 'the download is the tagged MP3');
  check(download.suggestedFilename().endsWith('.mp3'), 'the download is named after the song');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, 'web-phone.png'), fullPage: true });

  await listOvertakenByEvents(browser, base, `http://127.0.0.1:${files.address().port}`);
  await germanPhone(browser, base, `http://127.0.0.1:${files.address().port}`);
  check(true, 'screenshots saved in ' + shots);
}

// WCAG contrast of two computed CSS colours ("rgb(r, g, b)").
function contrast(a, b) {
  const lum = (css) => {
    const [r, g, b2] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The job list the page fetches after a submit can arrive after a live event that is newer
// than it: here the list is held back 2 s while the job fails (its 404 comes after 0.5 s).
// The page must keep the failure, not the older "downloading" copy from the list.
async function listOvertakenByEvents(browser, base, files) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.fill('#password', 'sesame');
  await Promise.all([page.waitForURL(base + '/'), page.click('button[type=submit]')]);
  await page.waitForSelector('.job');  // the first list has arrived; only later ones are held back
  let held = 0;
  await page.route((url) => url.pathname === '/api/jobs', async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();  // the list as the server had it when asked
    held++;
    await new Promise((r) => setTimeout(r, 2000));
    await route.fulfill({ response });
  });
  await page.fill('#video_url', `${files}/late-missing.mp3`);
  await page.click('#submit-form button');
  await page.waitForSelector('#message.success', { timeout: 10000 });
  await page.waitForTimeout(3000);  // the failure (0.5 s) and then the held list (2 s) are in
  const job = page.locator('.job', { hasText: 'late-missing' });
  const classes = await job.getAttribute('class');
  check(held > 0 && /\bfailed\b/.test(classes),
        `a list older than the live events does not undo them (${held} held back): ` + classes);
  await context.close();
}

// A German phone (the browser's language only: the program runs in English): the page's words,
// one reason per refused line, human job states, and error red readable in light and dark.
async function germanPhone(browser, base, files) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(base + '/login');
  check((await page.textContent('label[for=password]')) === 'Zugangspasswort', 'the login page is German: ' + await page.textContent('label[for=password]'));
  await page.fill('#password', 'sesame');
  await Promise.all([page.waitForURL(base + '/'), page.click('button[type=submit]')]);
  check((await page.textContent('label[for=video_url]')) === 'Links zum Umwandeln in MP3', 'the page is German');
  check(await page.getAttribute('html', 'lang') === 'de', 'the page says it is German');

  await page.fill('#video_url', `not a link\n${files}/slow.webm\n${files}/missing.mp3`);
  await page.click('#submit-form button');
  await page.waitForSelector('#message.error', { timeout: 10000 });
  const summary = await page.textContent('#message .summary');
  check(summary === '2 Links hinzugefügt. 1 Zeile konnte nicht hinzugefügt werden:', 'the summary says what happened: ' + summary);
  const refused = await page.$$eval('#message .refused li', (items) => items.map((i) => i.textContent));
  check(refused.length === 1 && refused[0] === '„not a link“: Das ist kein Link. Fügen Sie einen Link ein, der mit http:// oder https:// beginnt.',
        'the refused line is named once, with its reason: ' + JSON.stringify(refused));
  check(await page.inputValue('#video_url') === 'not a link', 'the refused line stays in the box, the taken links leave it');

  // "Wird heruntergeladen — 12 %, 29 kB/s, noch etwa 20 s" (Intl: "12 %" with a no-break space).
  const progress = /^Wird heruntergeladen — \d+\s%, [\d,.]+ (kB|MB)\/s, noch etwa \d+ (s|min)$/;
  const line = await page.waitForFunction((re) => {
    const s = document.querySelector('.job.downloading .status');
    return s && new RegExp(re).test(s.textContent) ? s.textContent : null;
  }, progress.source, { timeout: 30000 }).then((h) => h.jsonValue()).catch(() => null);
  check(line !== null, 'a download reads as a person would say it: ' + (line || await page.textContent('#jobs')));
  const failed = await page.waitForSelector('.job.failed .status.error', { timeout: 30000 }).then((e) => e.textContent());
  // The program runs in English, but the job's own message comes in the page's language: the
  // whole reason in German on the status line, with nothing left in English below it.
  check(/^Fehlgeschlagen: Die Datei wurde auf \S+ nicht gefunden \(HTTP 404\)\.$/.test(failed),
        'a failed job says why in German, in its own words: ' + failed);
  check((await page.$('.job.failed .reason')) === null, 'no English details line below it');
  const states = await page.$$eval('.job .status', (items) => items.map((i) => i.textContent));
  check(states.every((t) => !/^(queued|resolving|downloading|converting|done|failed|cancelled|expired)\b/.test(t)),
        'no raw state names on the page: ' + JSON.stringify(states));

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const colours = await page.evaluate(() => ({
      red: getComputedStyle(document.querySelector('.job.failed .status.error')).color,
      page: getComputedStyle(document.body).backgroundColor,
      box: getComputedStyle(document.querySelector('#message.error')).backgroundColor,
    }));
    const onPage = contrast(colours.red, colours.page);
    const inBox = contrast(colours.red, colours.box);
    check(onPage >= 4.5 && inBox >= 4.5, `${scheme}: error red ${onPage.toFixed(2)}:1 on the page, ${inBox.toFixed(2)}:1 in the error box`);
    await page.screenshot({ path: join(shots, `web-phone-de-${scheme}.png`), fullPage: true });
  }
  await context.close();
}

try {
  await main();
} catch (e) {
  failed++;
  console.log('FAIL', e.message);
} finally {
  for (const c of cleanups.reverse()) { try { await c(); } catch (e) { /* already gone */ } }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
