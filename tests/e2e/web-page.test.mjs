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

  // The "internet": a file server on loopback.
  const files = createServer((req, res) => {
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
  check((await page.textContent('#message')).includes('sent'), 'the submit box confirms');
  await page.waitForSelector('.job.done a.button', { timeout: 60000 });
  check((await page.textContent('.job.done .title')).includes('Browser Sóng'), 'the finished job shows its title live');
  await page.screenshot({ path: join(shots, 'web-desktop.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.job.done a.button')]);
  const bytes = readFileSync(await download.path());
  check(bytes.subarray(0, 3).toString() === 'ID3' && bytes.length > 10000, 'the download is the tagged MP3');
  check(download.suggestedFilename().endsWith('.mp3'), 'the download is named after the song');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, 'web-phone.png'), fullPage: true });
  check(true, 'screenshots saved in ' + shots);
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
