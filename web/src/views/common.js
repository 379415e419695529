// Pieces several views share: article summaries, people links, notices for missing data.
import { el, link, fmtDate } from '../dom.js';
import { isMissingEndpoint } from '../api.js';

export function docMeta(d) {
  return [d.site, fmtDate(d.published)].filter(Boolean).join(' · ');
}

// One article in a list: title (a link to the article view), outlet, date, optional snippet.
export function docItem(d, extra) {
  return el('li', { class: 'doc-item' },
    link('/article/' + encodeURIComponent(d.id), el('span', { class: 'title' }, d.title || '(untitled)')),
    el('div', { class: 'meta' }, docMeta(d)),
    d.snippet ? snippet(d.snippet) : null,
    extra || null);
}

export function docList(docs, empty) {
  if (!docs || !docs.length) return el('p', { class: 'hint' }, empty || 'No articles.');
  return el('ul', { class: 'docs' }, ...docs.map((d) => docItem(d)));
}

// Search snippets mark matches with [ ]: shown as <b>, built from text nodes.
export function snippet(s) {
  const out = el('div', { class: 'snippet' });
  const re = /\[([^\]]*)\]/g;
  let pos = 0;
  for (let m; (m = re.exec(s));) {
    out.append(s.slice(pos, m.index), el('b', {}, m[1]));
    pos = m.index + m[0].length;
  }
  out.append(s.slice(pos));
  return out;
}

export function personLink(p) {
  if (p && p.id !== undefined && p.id !== null) return link('/person/' + encodeURIComponent(p.id), p.name || String(p.id));
  return el('span', {}, (p && p.name) || '?');
}

export function joinNodes(nodes, sep) {
  const out = [];
  nodes.forEach((n, i) => { if (i) out.push(sep || ', '); out.push(n); });
  return out;
}

// What a view shows when the server lacks the endpoint it needs.
export function missing(root, title, what, e) {
  if (!isMissingEndpoint(e)) throw e;
  root.append(el('h1', { tabindex: '-1' }, title),
    el('p', { class: 'notice' }, `This view needs ${what}, which this server does not offer (the store has no link data yet).`));
}

export function verdictMark(c) { return el('span', { class: 'verdict ' + c.verdict }, c.verdict === 'contradicted' ? '✗ contradicted' : '✓ supported'); }

export function eventTitle(e) {
  const who = (e.participants || []).map((p) => p.name).join(', ');
  return `${e.kind || 'event'}${who ? ': ' + who : ''}`;
}

export function conflictsOf(e) {
  const n = (e.conflicts || []).length;
  return n ? el('span', { class: 'warn' }, ` · ${n === 1 ? '1 conflict' : n + ' conflicts'}`) : null;
}

// The API gives an item's articles as summaries under `document_summaries` (and `documents`
// as ids or a count); older shapes put the summaries in `documents`.
export function summariesOf(x) {
  if (Array.isArray(x.document_summaries)) return x.document_summaries;
  if (Array.isArray(x.documents) && x.documents.length && typeof x.documents[0] === 'object') return x.documents;
  return [];
}
export function docCount(x) {
  if (typeof x.documents === 'number') return x.documents;
  if (Array.isArray(x.documents)) return x.documents.length;
  return summariesOf(x).length;
}
export function eventsOf(x) {
  if (Array.isArray(x.event_details)) return x.event_details;
  return (x.events || []).filter((e) => e && typeof e === 'object');
}
