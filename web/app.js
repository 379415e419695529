// newsgraph web UI. All article text is untrusted: it is only ever inserted with textContent.
'use strict';

const $ = (sel) => document.querySelector(sel);
const listEl = $('#list');
const detailEl = $('#detail');
let mode = 'docs';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'onclick') node.addEventListener('click', v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === '') continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path) {
  const res = await fetch(path);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function showError(target, err) {
  target.replaceChildren(el('p', { class: 'error' }, 'Error: ' + err.message));
}

async function loadStats() {
  try {
    const s = await api('/api/stats');
    $('#stats').textContent = `${s.documents} articles · ${s.people} people · ${s.quotes} quotes · ` +
      `${s.communications} communications · ${s.numbers} figures · ` +
      `${s.contradicted} contradicted office claim${s.contradicted === 1 ? '' : 's'}`;
  } catch (e) { $('#stats').textContent = ''; }
}

function docItem(d) {
  const item = el('div', { class: 'item', tabindex: '0' },
    el('div', { class: 'title' }, d.title || '(untitled)'),
    el('div', { class: 'meta' }, [d.site, d.published, d.source].filter(Boolean).join(' · ')));
  if (d.snippet) item.append(el('div', { class: 'snippet' }, d.snippet));
  const open = () => {
    for (const s of listEl.querySelectorAll('.selected')) s.classList.remove('selected');
    item.classList.add('selected');
    showDocument(d.id);
  };
  item.addEventListener('click', open);
  item.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
  return item;
}

async function listDocuments(query) {
  try {
    const body = query ? await api('/api/search?q=' + encodeURIComponent(query) + '&limit=100')
                       : await api('/api/documents?limit=200');
    listEl.replaceChildren(...body.documents.map(docItem));
    if (!body.documents.length) listEl.replaceChildren(el('p', { class: 'hint item' }, 'No articles.'));
  } catch (e) { showError(listEl, e); }
}

async function listPeople(query) {
  try {
    const body = await api('/api/people?limit=300&q=' + encodeURIComponent(query || ''));
    const rows = body.people.map((p) => el('tr', {},
      el('td', {}, p.name), el('td', {}, p.office), el('td', {}, p.country), el('td', {}, p.documents)));
    listEl.replaceChildren(el('table', {}, el('tr', {}, el('th', {}, 'Person'), el('th', {}, 'Office'),
      el('th', {}, 'Country'), el('th', {}, 'Articles')), ...rows));
  } catch (e) { showError(listEl, e); }
}

async function listQuotes(query) {
  try {
    const body = await api('/api/quotes?limit=300&speaker=' + encodeURIComponent(query || ''));
    listEl.replaceChildren(...body.quotes.map((q) => {
      const item = el('div', { class: 'item' }, el('div', { class: 'title' }, q.speaker),
        el('div', { class: 'snippet' }, '“' + q.text + '”'), el('div', { class: 'meta' }, q.cue));
      item.addEventListener('click', () => showDocument(q.doc_id));
      return item;
    }));
  } catch (e) { showError(listEl, e); }
}

// An office check's claim marked with its verdict.
function verdictText(c) { return (c.verdict === 'contradicted' ? '✗ ' : '✓ ') + c.claim; }

// Office claims checked against the dated office-holder table: contradictions first.
function checkItem(c) {
  const item = el('div', { class: 'item check ' + c.verdict },
    el('div', { class: 'title' }, verdictText(c)),
    el('div', { class: 'snippet' }, c.why),
    el('div', { class: 'meta' }, [c.as_of, c.title].filter(Boolean).join(' · ')));
  if (c.doc_id) item.addEventListener('click', () => showDocument(c.doc_id));
  return item;
}

async function listChecks(query) {
  try {
    const [bad, good] = await Promise.all([api('/api/checks?verdict=contradicted&limit=300'),
                                           api('/api/checks?verdict=supported&limit=300')]);
    const q = (query || '').toLowerCase();
    const rows = bad.checks.concat(good.checks).filter((c) => !q || c.claim.toLowerCase().includes(q));
    listEl.replaceChildren(...rows.map(checkItem));
    if (!rows.length) listEl.replaceChildren(el('p', { class: 'hint item' }, 'No checks.'));
  } catch (e) { showError(listEl, e); }
}

// Marks spans given as UTF-8 byte offsets in `text`; overlapping spans after the first are skipped.
function highlighted(text, spans) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = el('div', { class: 'doc-text' });
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos || s.end > bytes.length || s.end <= s.start) continue;
    out.append(dec.decode(bytes.subarray(pos, s.start)));
    out.append(el('mark', { class: s.cls, title: s.title }, dec.decode(bytes.subarray(s.start, s.end))));
    pos = s.end;
  }
  out.append(dec.decode(bytes.subarray(pos)));
  return out;
}

function panel(title, items) {
  if (!items.length) return null;
  return el('div', { class: 'panel' }, el('h3', {}, title), el('ul', {}, ...items.map((i) => el('li', {}, i))));
}

async function showDocument(id) {
  if (location.hash !== '#doc/' + id) history.replaceState(null, '', '#doc/' + id);
  try {
    const d = await api('/api/documents/' + encodeURIComponent(id));
    const a = d.analysis || {};
    const spans = [];
    for (const p of a.people || []) for (const m of p.mentions || [])
      spans.push({ start: m.start, end: m.end, cls: 'person', title: [p.name, p.office, p.country].filter(Boolean).join(', ') });
    for (const q of a.quotes || []) spans.push({ start: q.start, end: q.end, cls: 'quote', title: 'Quote: ' + q.speaker });
    for (const n of a.numbers || []) spans.push({ start: n.start, end: n.end, cls: 'number', title: `${n.qualifier || ''} ${n.value} ${n.unit || ''}`.trim() });
    const meta = [d.site, d.published, d.language, (d.authors || []).join(', ')].filter(Boolean).join(' · ');
    const url = d.url ? el('a', { href: d.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, d.url) : null;
    detailEl.replaceChildren(
      el('h2', { class: 'doc-title' }, d.title || '(untitled)'),
      el('div', { class: 'meta' }, meta), el('div', { class: 'meta' }, url),
      el('div', { class: 'meta' }, 'id ' + d.id + ' · read from ' +
        (d.places || []).map((p) => `${p.source} #${p.record}`).join(', ')),
      el('div', { class: 'panels' },
        panel('Office checks', (d.checks || []).map((c) =>
          el('span', { class: 'check ' + c.verdict }, verdictText(c) + ' — ' + c.why))),
        panel('People', (a.people || []).map((p) => [p.name, p.office, p.country].filter(Boolean).join(' — '))),
        panel('Communications', (a.communications || []).map((c) =>
          `${c.kind}: ${(c.participants || []).join(', ')}${c.date ? ' · ' + c.date : ''}${c.status ? ' (' + c.status + ')' : ''}`)),
        panel('Quotes', (a.quotes || []).map((q) => `${q.speaker}: “${q.text}”`)),
        panel('Figures', (a.numbers || []).map((n) => n.text)),
        panel('Organisations', (a.organizations || []).map((o) => o.name)),
        panel('Places', (a.places || []).map((p) => p.name))),
      highlighted(d.text, spans));
  } catch (e) { showError(detailEl, e); }
}

function refresh() {
  const q = $('#q').value.trim();
  if (mode === 'people') listPeople(q);
  else if (mode === 'quotes') listQuotes(q);
  else if (mode === 'checks') listChecks(q);
  else listDocuments(q);
}

for (const [id, m] of [['#tab-docs', 'docs'], ['#tab-people', 'people'], ['#tab-quotes', 'quotes'],
                       ['#tab-checks', 'checks']]) {
  $(id).addEventListener('click', () => {
    mode = m;
    for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t === $(id));
    refresh();
  });
}
$('#search-form').addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
loadStats();
refresh();
const route = /^#doc\/([0-9a-f]{1,64})$/.exec(location.hash);
if (route) showDocument(route[1]);
