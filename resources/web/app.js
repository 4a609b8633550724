// TuneDrop's page: submit links to the shared queue and watch it live. No inline script (CSP).
// Its words come from the server in the language the page was served in (GET /api/strings).
'use strict';

const jobs = new Map();
let csrf = '';
let opened = false;  // the event stream connected once: a later 'open' is a reconnection
let older = null;    // the cursor of the page before the ones shown (GET /api/jobs' `next`)
let loadingOlder = false;
const olderIds = new Set();  // jobs shown from older pages: a refresh of the first keeps them
const lang = document.documentElement.lang || 'en';
let words = {};
let jobLanguage = 'en';  // the desktop's: what messages not written by TuneDrop are in

// A job's own message when it is in the page's language (TuneDrop's own messages come in the
// language the page asked for); else the page's words for its category, and the message goes
// on a line of its own.
function sameLanguage(job) { return (job.errorLanguage || jobLanguage) === lang; }
function cause(job) {
  return sameLanguage(job) || !words['cause-' + job.errorCategory] ? job.error : word('cause-' + job.errorCategory);
}

// "%1 of %2" -> the arguments, in order.
function fill(text, ...args) {
  return text.replace(/%(\d)/g, (m, i) => (args[i - 1] === undefined ? m : String(args[i - 1])));
}

function word(key, ...args) {
  return fill(words[key] || key, ...args);
}

const number = (n, digits) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
const percent = (p) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(p / 100);

function speedText(bytesPerSecond) {
  if (bytesPerSecond >= 1e6) return word('speedMB', number(bytesPerSecond / 1e6, 1));
  return word('speedKB', number(Math.max(1, Math.round(bytesPerSecond / 1e3)), 0));
}

function etaText(seconds) {
  if (seconds < 60) return word('etaSeconds', number(Math.ceil(seconds), 0));
  if (seconds < 3600) return word('etaMinutes', number(Math.ceil(seconds / 60), 0));
  return word('etaHours', number(seconds / 3600, 1));
}

function durationText(seconds) {
  return seconds < 60 ? word('seconds', number(seconds, 0)) : word('minutes', number(Math.ceil(seconds / 60), 0));
}

// What a person reads for a job: "Downloading — 6 %, 1.2 MB/s, about 40 s left".
function stateText(job) {
  switch (job.state) {
    case 'queued': {
      const wait = job.retryAt ? Math.ceil((Date.parse(job.retryAt) - Date.now()) / 1000) : 0;
      if (job.retryAt && job.attempts > 0) return word('retrying', durationText(Math.max(0, wait)), job.attempts + 1, job.maxAttempts);
      return word('queued');
    }
    case 'resolving': return word('resolving');
    case 'downloading':
    case 'converting': {
      const parts = [];
      if (job.progress > 0) parts.push(percent(job.progress));
      if (job.state === 'downloading' && job.speed > 0) parts.push(speedText(job.speed));
      if (job.eta > 0) parts.push(etaText(job.eta));
      if (parts.length === 0) return word(job.state + 'Started');
      return word(job.state) + ' — ' + parts.join(', ');
    }
    case 'done': return word('done');
    case 'failed': return job.error ? word('failed', cause(job)) : word('failedNoReason');
    case 'cancelled': return word('cancelled');
    case 'expired': return word('expired');
    default: return job.state;
  }
}

// Logged-in browsers send their session's CSRF token with every command.
async function loadSession() {
  const [session, strings] = await Promise.all([fetch('/api/session'), fetch('/api/strings?lang=' + encodeURIComponent(lang))]);
  if (session.status === 401) { window.location = '/login'; return; }
  csrf = (await session.json()).csrf || '';
  if (strings.ok) {
    const table = await strings.json();
    words = table.strings || {};
    jobLanguage = table.jobLanguage || 'en';
  }
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render() {
  const list = document.getElementById('jobs');
  list.replaceChildren();
  const all = [...jobs.values()].sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1));
  document.getElementById('empty').hidden = all.length > 0;
  for (const job of all) {
    const item = element('li', 'job ' + job.state);
    item.append(element('div', 'title', job.title));
    if (job.state === 'downloading' || job.state === 'converting') {
      const bar = element('progress');
      bar.max = 100;
      bar.value = job.progress;
      item.append(bar);
    }
    item.append(element('div', job.state === 'failed' ? 'status error' : 'status', stateText(job)));
    // A queued job waiting for its retry: why the last attempt failed; a failed one: the
    // details, when the status line gave only the page's own words for them.
    if (job.error && (job.state === 'queued' || (job.state === 'failed' && cause(job) !== job.error))) {
      item.append(element('div', 'reason', job.error));
    }
    if (job.download) {
      const actions = element('div', 'actions');
      const link = element('a', 'button', word('download'));
      link.href = job.download;
      const audio = element('audio');
      audio.controls = true;
      audio.preload = 'none';
      audio.src = job.download;
      actions.append(link, audio);
      item.append(actions);
    }
    list.append(item);
  }
}

// The server's summary ("2 links added. 1 line could not be added:"), then each refused line
// with its reason.
function show(text, kind, refused = []) {
  const box = document.getElementById('message');
  box.replaceChildren(element('p', 'summary', text));
  if (refused.length > 0) {
    const list = element('ul', 'refused');
    for (const r of refused) list.append(element('li', '', word('lineRefused', r.url, r.error)));
    box.append(list);
  }
  box.className = kind;
}

async function onSubmit(event) {
  event.preventDefault();
  const field = document.getElementById('video_url');
  if (field.value.trim() === '') return;
  show(word('sending'), 'pending');
  try {
    const response = await fetch('/api/jobs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'Accept-Language': lang },
      body: JSON.stringify({ text: field.value }),
    });
    if (response.status === 401) { window.location = '/login'; return; }
    const body = await response.json();
    if (response.status !== 201) { show(body.error || word('unreachable'), 'error'); return; }
    const refused = body.results.filter((r) => r.error);
    show(body.message, refused.length > 0 ? 'error' : 'success', refused);
    // What was refused stays in the box to be fixed; what was taken leaves it.
    field.value = refused.map((r) => r.url).join('\n');
  } catch (e) {
    show(word('unreachable'), 'error');
  }
  refresh();
}

async function refresh(startOver = false) {
  if (startOver) { jobs.clear(); olderIds.clear(); older = null; }  // revisions count within one run
  const response = await fetch('/api/jobs?lang=' + encodeURIComponent(lang));
  if (response.status === 401) { window.location = '/login'; return; }
  const body = await response.json();
  // The list may arrive after live events that are newer than it (a job that failed while
  // the list was on its way): of two copies of a job the higher revision wins, and a job the
  // list does not know stays only if it changed after the list was taken.
  const fresh = new Map();
  for (const job of body.jobs) {
    const seen = jobs.get(job.id);
    fresh.set(job.id, seen && seen.revision > job.revision ? seen : job);
  }
  for (const [id, seen] of jobs) {
    if (!fresh.has(id) && (seen.revision > body.revision || olderIds.has(id))) fresh.set(id, seen);
  }
  jobs.clear();
  for (const [id, job] of fresh) jobs.set(id, job);
  if (olderIds.size === 0) older = body.next;
  render();
  watchOlder();
}

// The list is paged (newest first): scrolling to its end loads the page before.
async function loadOlder() {
  if (!older || loadingOlder) return;
  loadingOlder = true;
  try {
    const response = await fetch('/api/jobs?lang=' + encodeURIComponent(lang) + '&before=' + encodeURIComponent(older));
    if (!response.ok) return;
    const body = await response.json();
    for (const job of body.jobs) {
      const seen = jobs.get(job.id);
      if (!seen || seen.revision <= job.revision) jobs.set(job.id, job);
      olderIds.add(job.id);
    }
    older = body.next;
    render();
  } finally {
    loadingOlder = false;
  }
  watchOlder();
}

const olderObserver = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) loadOlder(); });
// Observing again reports at once whether the end of the list is in view (a short list).
function watchOlder() {
  const end = document.getElementById('older');
  olderObserver.unobserve(end);
  if (older) olderObserver.observe(end);
}

function listen() {
  const events = new EventSource('/api/events?lang=' + encodeURIComponent(lang));
  events.addEventListener('job', (e) => {
    const job = JSON.parse(e.data);
    const seen = jobs.get(job.id);
    if (seen && seen.revision > job.revision) return;  // an older copy than the one shown
    jobs.set(job.id, job);
    render();
  });
  // Events missed while the connection was down, or the program restarted: the list again,
  // from scratch.
  events.addEventListener('open', () => { if (opened) refresh(true); opened = true; });
}

// Retry countdowns tick without the server sending anything.
setInterval(() => { if ([...jobs.values()].some((j) => j.state === 'queued' && j.retryAt)) render(); }, 1000);

document.getElementById('submit-form').addEventListener('submit', onSubmit);
loadSession().then(() => { refresh(); listen(); });
