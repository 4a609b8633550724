// TuneDrop's page: submit links to the shared queue and watch it live. No inline script (CSP).
'use strict';

const jobs = new Map();
let csrf = '';

// Logged-in browsers send their session's CSRF token with every command.
async function loadSession() {
  const response = await fetch('/api/session');
  if (response.status === 401) { window.location = '/login'; return; }
  const body = await response.json();
  csrf = body.csrf || '';
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
    const bar = element('progress');
    bar.max = 100;
    bar.value = job.progress;
    item.append(bar);
    const status = element('div', 'status', job.state + (job.state === 'done' ? '' : ' ' + job.progress + ' %'));
    item.append(status);
    if (job.error) item.append(element('div', 'error', job.error));
    if (job.download) {
      const actions = element('div', 'actions');
      const link = element('a', 'button', 'Download');
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

function show(text, kind) {
  const box = document.getElementById('message');
  box.textContent = text;
  box.className = kind;
}

async function submitOne(link) {
  const response = await fetch('/submit', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},
    body: JSON.stringify({video_url: link}),
  });
  const body = await response.json();
  return {ok: response.status === 201, body};
}

async function onSubmit(event) {
  event.preventDefault();
  const field = document.getElementById('video_url');
  const links = field.value.split(/\s+/).filter((s) => s.length > 0);
  if (links.length === 0) return;
  let sent = 0;
  const refused = [];
  for (const link of links) {
    try {
      const result = await submitOne(link);
      if (result.ok) sent++;
      else refused.push(link);
    } catch (e) {
      refused.push(link);
    }
  }
  if (refused.length === 0) {
    show(sent === 1 ? 'The request has been sent.' : sent + ' requests have been sent.', 'success');
    field.value = '';
  } else {
    show('Not a link TuneDrop can download: ' + refused.join(', '), 'error');
  }
  refresh();
}

async function refresh() {
  const response = await fetch('/api/jobs');
  if (response.status === 401) { window.location = '/login'; return; }
  const body = await response.json();
  jobs.clear();
  for (const job of body.jobs) jobs.set(job.id, job);
  render();
}

function listen() {
  const events = new EventSource('/api/events');
  events.addEventListener('job', (e) => {
    const job = JSON.parse(e.data);
    jobs.set(job.id, job);
    render();
  });
}

document.getElementById('submit-form').addEventListener('submit', onSubmit);
loadSession().then(() => { refresh(); listen(); });
