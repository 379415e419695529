// A story: its articles and events on one timeline, its people, its articles in time order.
import { el, link, fmtDate, plural, section } from '../dom.js';
import { api } from '../api.js';
import { timeline } from '../timeline.js';
import { docList, missing, eventTitle, joinNodes, personLink, conflictsOf, summariesOf, eventsOf } from './common.js';

export async function storyView({ id }, query, root) {
  let s;
  try { s = await api('/api/stories/' + encodeURIComponent(id)); } catch (e) { return missing(root, 'Story', '/api/stories/{id}', e); }
  const docs = [...summariesOf(s)].sort((a, b) => (a.published || '').localeCompare(b.published || ''));
  const events = eventsOf(s);
  const bySite = new Map();
  for (const d of docs) { const k = d.site || 'unknown outlet'; if (!bySite.has(k)) bySite.set(k, []); bySite.get(k).push(d); }
  const rows = [
    { label: 'Events', items: events.map((e) => ({ start: e.date || e.first_report, label: eventTitle(e), href: '#/event/' + encodeURIComponent(e.id), cls: 'event' + ((e.conflicts || []).length ? ' conflicted' : '') })) },
    ...[...bySite.entries()].map(([site, ds]) => ({ label: site, items: ds.map((d) => ({ start: d.published, label: d.title, href: '#/article/' + encodeURIComponent(d.id), cls: 'article' })) })),
  ];
  root.append(el('h1', { tabindex: '-1' }, s.title || `Story ${s.id}`),
    el('p', { class: 'meta' }, `${fmtDate(s.first)} – ${fmtDate(s.last)} · ${plural(s.documents_total ?? docs.length, 'article')} · ${plural(s.events_total ?? events.length, 'event')}`
      + (docs.length < (s.documents_total ?? docs.length) ? ` (the first ${docs.length} articles and ${events.length} events shown)` : '')),
    (s.people || []).length ? el('p', { class: 'people-line' }, 'People: ', joinNodes(s.people.map(personLink))) : null,
    section('Timeline', timeline(rows, { label: 'Articles and events of the story' })),
    section('Events', events.length ? el('ul', { class: 'plain' }, ...events.map((e) => el('li', {}, link('/event/' + encodeURIComponent(e.id), eventTitle(e)),
      el('span', { class: 'meta' }, ` · ${fmtDate(e.date) || 'date unknown'} · ${plural((e.reports || []).length, 'report')}`),
      conflictsOf(e)))) : null),
    section('Articles, in time order', docList(docs)));
}
