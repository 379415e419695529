// Search (FTS5 syntax) with facets: outlet, month and person. Facet counts are taken over the
// results fetched (up to 200, best first); choosing a facet value narrows the list and is
// written into the URL, so a filtered search is a link like any other view.
import { el, link, plural, fmtDate } from '../dom.js';
import { api, qs } from '../api.js';
import { docList, personLink, summariesOf } from './common.js';

const LIMIT = 200;

function facet(title, name, values, query, fmt) {
  if (!values.length) return null;
  const chosen = query[name];
  return el('section', { class: 'facet' }, el('h2', {}, title),
    el('ul', { class: 'plain' }, ...values.map(([value, count, label]) => {
      const next = { ...query, [name]: chosen === String(value) ? '' : value };
      return el('li', { class: chosen === String(value) ? 'chosen' : '' },
        link('/search' + qs(next), (fmt ? fmt(label || value) : (label || value)), ` (${count})`));
    })));
}

function countBy(docs, key) {
  const m = new Map();
  for (const d of docs) { const k = key(d); if (k) m.set(k, (m.get(k) || 0) + 1); }
  return [...m.entries()];
}

// People for the person facet: from the results when the API gives each result's people;
// otherwise the people named like the query, with their articles (needs /api/people/{id}).
async function peopleOf(docs, q) {
  if (docs.some((d) => Array.isArray(d.people))) {
    const m = new Map();
    for (const d of docs) for (const p of d.people || []) {
      const e = m.get(String(p.id)) || { id: p.id, name: p.name, docs: new Set() };
      e.docs.add(d.id); m.set(String(p.id), e);
    }
    return [...m.values()];
  }
  const words = q.replace(/["*()]/g, ' ').split(/\s+/).filter((w) => w.length > 2 && !/^(AND|OR|NOT|NEAR)$/.test(w));
  const found = new Map();
  for (const w of words.slice(0, 3)) {
    try {
      const body = await api('/api/people' + qs({ q: w, limit: 5 }));
      for (const p of body.people || []) if (p.id !== undefined) found.set(String(p.id), p);
    } catch (e) { /* the facet is optional */ }
  }
  const out = [];
  for (const p of [...found.values()].slice(0, 8)) {
    try {
      const full = await api('/api/people/' + encodeURIComponent(p.id));
      out.push({ id: p.id, name: p.name, docs: new Set([...summariesOf(full).map((d) => d.id), ...(full.mentions || []).map((m) => m.doc)]) });
    } catch (e) { /* skip */ }
  }
  return out;
}

export async function searchView(params, query, root) {
  const q = (query.q || '').trim();
  root.append(el('h1', { tabindex: '-1' }, q ? `Search: ${q}` : 'Search'));
  const form = el('form', { class: 'search-big', role: 'search', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/search' + qs({ q: ev.target.elements.q.value.trim() }); } },
    el('input', { name: 'q', type: 'search', value: q, 'aria-label': 'Search articles', placeholder: 'words, "a phrase", OR, prefix*' }),
    el('button', { type: 'submit' }, 'Search'));
  root.append(form);
  if (!q) { root.append(el('p', { class: 'hint' }, 'Type words to search titles and texts.')); return; }
  const body = await api('/api/search' + qs({ q, limit: LIMIT }));
  const all = body.documents || [];
  const people = await peopleOf(all, q);
  const personDocs = query.person ? (people.find((p) => String(p.id) === query.person) || { docs: new Set() }).docs : null;
  const docs = all.filter((d) => (!query.site || d.site === query.site)
    && (!query.month || (d.published || '').startsWith(query.month))
    && (!personDocs || personDocs.has(d.id)));
  const sites = countBy(all, (d) => d.site).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
  const months = countBy(all, (d) => (d.published || '').slice(0, 7)).sort((a, b) => b[0].localeCompare(a[0])).slice(0, 24);
  const pf = people.map((p) => [String(p.id), all.filter((d) => p.docs.has(d.id)).length, p.name]).filter((x) => x[1] > 0).sort((a, b) => b[1] - a[1]);
  const filters = ['site', 'month', 'person'].filter((k) => query[k]);
  root.append(el('div', { class: 'search-layout' },
    el('nav', { class: 'facets', 'aria-label': 'Facets' },
      facet('Outlet', 'site', sites, query), facet('Month', 'month', months, query, fmtDate), facet('Person', 'person', pf, query)),
    el('div', {},
      el('p', { class: 'meta' }, `${plural(docs.length, 'article')}${all.length >= LIMIT ? ` (of the best ${LIMIT} matches)` : ''}`,
        filters.length ? [' · ', link('/search' + qs({ q }), 'clear filters')] : null),
      docList(docs, 'No article matches.'),
      pf.length ? el('p', { class: 'meta' }, 'People named like the query: ', ...people.map((p, i) => [i ? ', ' : '', personLink(p)])) : null)));
}
