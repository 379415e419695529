// A person: the names they are written as, their offices over time, who they spoke with (a
// network: people as nodes, events as edges), their events, quotes and articles.
import { el, link, fmtDate, plural, section } from '../dom.js';
import { api } from '../api.js';
import { timeline } from '../timeline.js';
import { network } from '../network.js';
import { docList, missing, eventTitle, joinNodes, summariesOf, docCount } from './common.js';

export async function personView({ id }, query, root) {
  let p;
  try { p = await api('/api/people/' + encodeURIComponent(id)); } catch (e) { return missing(root, 'Person', '/api/people/{id}', e); }
  const offices = p.offices || [];
  const quotes = p.quotes || [];
  const events = p.events || [];
  // The answer carries the first page of the person's events; the table pages through them all.
  const eventsTotal = p.events_total ?? events.length;
  const docs = summariesOf(p);
  const docTitle = new Map(docs.map((d) => [d.id, d.title]));
  const net = p.network && (p.network.nodes || []).length ? network(p.network, p.id) : el('p', { class: 'hint' }, 'No calls or meetings with other people.');
  root.append(el('h1', { tabindex: '-1' }, p.name),
    el('p', { class: 'meta' }, `${plural(docCount(p), 'article')} · ${plural(eventsTotal, 'event')} · ${plural(quotes.length, 'quote')}`),
    (p.aliases || []).length ? el('p', { class: 'aliases' }, 'Written as: ', joinNodes(p.aliases.map((a) => el('span', { class: 'alias' }, a.name, el('span', { class: 'meta' }, ` ×${a.count}`))))) : null,
    section('Offices over time',
      timeline(offices.map((o) => ({ label: [o.country, o.office].filter(Boolean).join(' '),
        items: [{ start: o.first, end: o.last, label: `${o.office}${o.office_normalized && o.office_normalized !== o.office ? ' (' + o.office_normalized + ')' : ''}: ${plural((o.documents || []).length, 'article')}`, cls: 'office' }] })),
      { label: 'Offices over time', empty: 'No office stated in the articles.' }),
      offices.length ? el('ul', { class: 'plain offices' }, ...offices.map((o) => el('li', {}, el('b', {}, [o.country, o.office].filter(Boolean).join(' ')),
        ` · ${fmtDate(o.first)}${o.last && o.last !== o.first ? ' – ' + fmtDate(o.last) : ''} · `,
        joinNodes((o.documents || []).slice(0, 6).map((d) => link('/article/' + encodeURIComponent(d), docTitle.get(d) || String(d)))),
        (o.documents || []).length > 6 ? ` and ${(o.documents || []).length - 6} more` : ''))) : null),
    section('Who they spoke with', net),
    section('Calls and meetings', events.length ? el('ul', { class: 'plain' }, ...events.map((e) => el('li', {},
      link('/event/' + encodeURIComponent(e.id), eventTitle(e)), el('span', { class: 'meta' }, ` · ${fmtDate(e.date) || 'date unknown'} · ${plural(e.reports_total ?? (e.reports || []).length, 'report')}${(e.conflicts || []).length ? ' · ' + plural(e.conflicts.length, 'conflict') : ''}`)))) : null,
      events.length ? link('/events?person=' + encodeURIComponent(p.id), eventsTotal > events.length ? `All ${eventsTotal} as a table →` : 'As a table →') : null),
    section('Quotes', quotes.length ? el('ul', { class: 'plain quotes' }, ...quotes.slice(0, 100).map((q) => el('li', {},
      `“${q.text}”`, el('div', { class: 'meta' }, q.cue || '', ' · ', link('/article/' + encodeURIComponent(q.doc), docTitle.get(q.doc) || String(q.doc)))))) : null),
    section('Articles', docList(docs)));
}
