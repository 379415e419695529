// An event (a call or meeting): who took part, when, every report of it, and where the reports
// disagree.
import { el, link, fmtDate, plural, section } from '../dom.js';
import { api } from '../api.js';
import { docList, missing, eventTitle, joinNodes, personLink, summariesOf } from './common.js';
import { conflictItem } from './lists.js';

export async function eventView({ id }, query, root) {
  let e;
  try { e = await api('/api/events/' + encodeURIComponent(id)); } catch (err) { return missing(root, 'Event', '/api/events/{id}', err); }
  const summaries = summariesOf(e);
  const docs = new Map(summaries.map((d) => [d.id, d]));
  const reports = e.reports || [];
  root.append(el('h1', { tabindex: '-1' }, eventTitle(e)),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Participants'), el('dd', {}, joinNodes((e.participants || []).map(personLink))),
      el('dt', {}, 'Date'), el('dd', {}, e.date ? fmtDate(e.date) : 'unknown', e.date_evidence ? el('span', { class: 'meta' }, ` (${typeof e.date_evidence === 'string' ? e.date_evidence : JSON.stringify(e.date_evidence)})`) : null),
      e.status ? [el('dt', {}, 'Status'), el('dd', {}, e.status)] : null,
      el('dt', {}, 'Reported'), el('dd', {}, `${plural(reports.length, 'report')}, ${fmtDate(e.first_report)}${e.last_report && e.last_report !== e.first_report ? ' – ' + fmtDate(e.last_report) : ''}`)),
    section('Conflicts', (e.conflicts || []).length ? el('ul', { class: 'conflicts' }, ...e.conflicts.map((c) => conflictItem(c, docs))) : el('p', { class: 'hint' }, 'The reports agree.')),
    section('Reports', el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Article'), el('th', {}, 'Published'), el('th', {}, 'Kind'), el('th', {}, 'When'), el('th', {}, 'Date'), el('th', {}, 'Duration'))),
      el('tbody', {}, ...reports.map((r) => {
        const d = docs.get(r.doc);
        return el('tr', {}, el('td', {}, link('/article/' + encodeURIComponent(r.doc), d ? `${d.title} (${d.site || ''})` : String(r.doc))),
          el('td', {}, fmtDate(r.published || (d && d.published))), el('td', {}, r.kind || ''), el('td', {}, r.when || ''), el('td', {}, fmtDate(r.date) || ''), el('td', {}, r.duration || ''));
      })))),
    section('Articles', docList(summaries)));
}
