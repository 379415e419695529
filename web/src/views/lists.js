// The list views: home, articles, stories, people, events, copies, office checks, conflicts.
import { el, link, fmtDate, plural, section } from '../dom.js';
import { api, qs, isMissingEndpoint } from '../api.js';
import { timeline } from '../timeline.js';
import { docList, docItem, personLink, missing, verdictMark, eventTitle, joinNodes } from './common.js';

const PAGE = 50;

function pager(base, query, n, [back, next] = ['← newer', 'older →']) {
  const off = Number(query.offset || 0);
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    off > 0 ? link(base + qs({ ...query, offset: Math.max(0, off - PAGE) || '' }), back) : null,
    n >= PAGE ? link(base + qs({ ...query, offset: off + PAGE }), next) : null);
}

async function optional(p) { try { return await p; } catch (e) { if (isMissingEndpoint(e)) return null; throw e; } }

export async function homeView(params, query, root) {
  const [stories, people, checks, docs] = await Promise.all([
    optional(api('/api/stories?limit=8&sort=size')), api('/api/people?limit=12'),
    api('/api/checks?verdict=contradicted&limit=5'), api('/api/documents?limit=8')]);
  // The counts come when they come: /api/stats counts the whole store, so the view does not wait.
  const statsLine = el('p', { class: 'meta stats', 'aria-live': 'polite' }, '\u00a0');
  api('/api/stats').then((stats) => {
    statsLine.textContent = `${plural(stats.documents, 'article')} · ${plural(stats.people, 'person mention', 'person mentions')} · ${plural(stats.quotes, 'quote')} · ${plural(stats.communications, 'call or meeting', 'calls and meetings')} · ${plural(stats.contradicted, 'contradicted office claim')}`;
  }, () => {});
  root.append(el('h1', { tabindex: '-1' }, 'Analyst\u2019s workbench'), statsLine,
    el('form', { class: 'search-big', role: 'search', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/search' + qs({ q: ev.target.elements.q.value.trim() }); } },
      el('input', { name: 'q', type: 'search', 'aria-label': 'Search articles', placeholder: 'Start from a search: a name, "a phrase", prefix*' }),
      el('button', { type: 'submit' }, 'Search')),
    el('div', { class: 'cards' },
      section('Stories', stories ? el('ul', { class: 'plain' }, ...(stories.stories || []).map((s) => el('li', {}, link('/story/' + encodeURIComponent(s.id), s.title || `Story ${s.id}`),
        el('div', { class: 'meta' }, `${plural((s.documents || []).length, 'article')} · ${fmtDate(s.first)} – ${fmtDate(s.last)}`)))) : el('p', { class: 'hint' }, 'No story data on this server.'),
      link('/stories', 'All stories →')),
      section('People', el('ul', { class: 'plain' }, ...(people.people || []).map((p) => el('li', {}, personLink(p), el('span', { class: 'meta' }, ` · ${plural(p.documents, 'article')}`)))),
        link('/people', 'All people →')),
      section('Contradicted office claims', (checks.checks || []).length ? el('ul', { class: 'plain' }, ...checks.checks.map((c) => el('li', {},
        link('/article/' + encodeURIComponent(c.doc_id), c.claim), el('div', { class: 'meta' }, c.title)))) : el('p', { class: 'hint' }, 'None.'),
      link('/checks', 'All checks →')),
      section('Latest articles', docList(docs.documents), link('/articles', 'All articles →'))));
}

export async function articlesView(params, query, root) {
  const body = await api('/api/documents' + qs({ limit: PAGE, offset: query.offset }));
  root.append(el('h1', { tabindex: '-1' }, 'Articles'), docList(body.documents), pager('/articles', query, body.documents.length));
}

export async function storiesView(params, query, root) {
  let body;
  try { body = await api('/api/stories' + qs({ limit: 200, offset: query.offset })); } catch (e) { return missing(root, 'Stories', '/api/stories', e); }
  const stories = body.stories || [];
  const top = [...stories].sort((a, b) => (b.documents || []).length - (a.documents || []).length).slice(0, 40)
    .sort((a, b) => (a.first || '').localeCompare(b.first || ''));
  root.append(el('h1', { tabindex: '-1' }, 'Stories'),
    el('p', { class: 'meta' }, `${plural(stories.length, 'story', 'stories')}; the timeline shows the ${top.length} largest, each from its first to its last article.`),
    timeline(top.map((s) => ({ label: s.title || 'Story ' + s.id, suffix: ` (${(s.documents || []).length})`, href: '#/story/' + encodeURIComponent(s.id),
      items: [{ start: s.first, end: s.last, label: `${plural((s.documents || []).length, 'article')}, ${plural((s.events || []).length, 'event')}`, href: '#/story/' + encodeURIComponent(s.id), cls: 'story' }] })), { label: 'Stories over time', labelWidth: 300 }),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Story'), el('th', {}, 'From'), el('th', {}, 'To'), el('th', {}, 'Articles'), el('th', {}, 'Events'), el('th', {}, 'People'))),
      el('tbody', {}, ...stories.map((s) => el('tr', {},
        el('td', {}, link('/story/' + encodeURIComponent(s.id), s.title || `Story ${s.id}`)), el('td', {}, fmtDate(s.first)), el('td', {}, fmtDate(s.last)),
        el('td', { class: 'num' }, (s.documents || []).length), el('td', { class: 'num' }, (s.events || []).length),
        el('td', {}, joinNodes((s.people || []).slice(0, 5).map(personLink))))))),
    pager('/stories', query, stories.length));
}

export async function peopleView(params, query, root) {
  const body = await api('/api/people' + qs({ q: query.q, limit: PAGE, offset: query.offset }));
  const people = body.people || [];
  root.append(el('h1', { tabindex: '-1' }, 'People'),
    el('form', { class: 'inline-form', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/people' + qs({ q: ev.target.elements.q.value.trim() }); } },
      el('input', { name: 'q', type: 'search', value: query.q || '', 'aria-label': 'Filter people by name', placeholder: 'Name contains…' }), el('button', { type: 'submit' }, 'Filter')),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Person'), el('th', {}, 'Offices'), el('th', {}, 'Also written'), el('th', {}, 'Articles'))),
      el('tbody', {}, ...people.map((p) => el('tr', {},
        el('td', {}, personLink(p)),
        el('td', {}, Array.isArray(p.offices) ? p.offices.map((o) => [o.country, o.office].filter(Boolean).join(' ')).join('; ') : [p.country, p.office].filter(Boolean).join(' ')),
        el('td', {}, (p.aliases || []).filter((a) => a.name !== p.name).map((a) => a.name).join(', ')),
        el('td', { class: 'num' }, p.documents))))),
    pager('/people', query, people.length));
}

export async function eventsView(params, query, root) {
  let body;
  try { body = await api('/api/events' + qs({ person: query.person, limit: PAGE, offset: query.offset })); } catch (e) { return missing(root, 'Events', '/api/events', e); }
  const events = body.events || [];
  root.append(el('h1', { tabindex: '-1' }, 'Calls and meetings'),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Event'), el('th', {}, 'Reports'), el('th', {}, 'Conflicts'))),
      el('tbody', {}, ...events.map((e) => el('tr', {},
        el('td', {}, fmtDate(e.date) || '?'), el('td', {}, link('/event/' + encodeURIComponent(e.id), eventTitle(e))),
        el('td', { class: 'num' }, (e.reports || []).length), el('td', { class: 'num' + ((e.conflicts || []).length ? ' warn' : '') }, (e.conflicts || []).length))))),
    pager('/events', query, events.length, ['← earlier', 'later →']));
}

export async function copiesView(params, query, root) {
  let body;
  try { body = await api('/api/copies?limit=200'); } catch (e) { return missing(root, 'Copies', '/api/copies', e); }
  const copies = body.copies || [];
  root.append(el('h1', { tabindex: '-1' }, 'Copies'),
    el('p', { class: 'meta' }, 'Articles that copy or rewrite another; open a pair to compare them side by side.'),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Pair'), el('th', {}, 'Relation'), el('th', {}, 'Similarity'), el('th', {}, 'Changed facts'))),
      el('tbody', {}, ...copies.map((c) => el('tr', {},
        el('td', {}, link(`/diff/${encodeURIComponent(c.source)}/${encodeURIComponent(c.copy)}`, `${c.source} → ${c.copy}`)),
        el('td', {}, [c.relation, c.direction].filter(Boolean).join(', ')),
        el('td', { class: 'num' }, c.similarity !== undefined ? Number(c.similarity).toFixed(2) : ''),
        el('td', {}, changeSummary(c.changes || [])))))));
}

// The facts a copy changed (contradicted ones first), then how many wording changes.
function changeSummary(changes) {
  const facts = changes.filter((x) => x.fact === true || x.contradicted_claim).sort((a, b) => Number(!!b.contradicted_claim) - Number(!!a.contradicted_claim));
  const wording = changes.length - facts.length;
  return [
    ...facts.slice(0, 3).map((x) => el('div', { class: x.contradicted_claim ? 'contradicted' : '' }, `${x.kind}: `, el('del', {}, x.source_text || '∅'), ' → ', el('ins', {}, x.copy_text || '∅'),
      x.contradicted_claim ? el('span', { class: 'verdict contradicted' }, ' ✗') : null)),
    facts.length > 3 ? el('div', { class: 'meta' }, `and ${facts.length - 3} more facts`) : null,
    wording ? el('div', { class: 'meta' }, plural(wording, 'wording change')) : null,
  ];
}

export async function checksView(params, query, root) {
  const verdict = query.verdict || '';
  const body = await api('/api/checks' + qs({ verdict, limit: 500 }));
  const rows = body.checks || [];
  const tab = (v, label) => link('/checks' + qs({ verdict: v }), el('span', { class: verdict === v ? 'chosen' : '' }, label));
  root.append(el('h1', { tabindex: '-1' }, 'Office checks'),
    el('p', { class: 'meta' }, 'Office claims checked against the dated office-holder table, as of each article\u2019s date. Show: ',
      tab('', 'all'), ' · ', tab('contradicted', 'contradicted'), ' · ', tab('supported', 'supported')),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Verdict'), el('th', {}, 'Claim'), el('th', {}, 'As of'), el('th', {}, 'Why'), el('th', {}, 'Article'))),
      el('tbody', {}, ...rows.map((c) => el('tr', { class: 'check ' + c.verdict },
        el('td', {}, verdictMark(c)), el('td', {}, c.claim), el('td', {}, fmtDate(c.as_of)), el('td', { class: 'small' }, c.why),
        el('td', {}, link('/article/' + encodeURIComponent(c.doc_id), c.title || c.doc_id)))))));
}

export async function conflictsView(params, query, root) {
  let body;
  try { body = await api('/api/conflicts?limit=200'); } catch (e) { return missing(root, 'Conflicts', '/api/conflicts', e); }
  const rows = body.conflicts || [];
  root.append(el('h1', { tabindex: '-1' }, 'Conflicts'),
    el('p', { class: 'meta' }, 'Where reports of the same event disagree (date, duration, kind, participants).'),
    rows.length ? el('ul', { class: 'conflicts' }, ...rows.map((c) => conflictItem(c, null))) : el('p', { class: 'hint' }, 'No conflicts.'));
}

// docs (optional): id -> summary, to name each side's articles by outlet.
export function conflictItem(c, docs) {
  return el('li', { class: 'conflict' },
    el('div', {}, el('b', {}, c.kind || 'conflict'), c.subject !== undefined && c.subject !== null ? [' · ', /^event/.test(c.kind || '') || /^E[0-9a-f]+$/.test(String(c.subject)) ? link('/event/' + encodeURIComponent(c.subject), 'the event') : String(c.subject)] : null),
    c.description ? el('div', {}, c.description) : null,
    el('ul', { class: 'sides' }, ...(c.sides || []).map((s) => el('li', {}, el('span', { class: 'side-value' }, String(s.value)), ' — ',
      joinNodes((s.documents || []).map((id) => link('/article/' + encodeURIComponent(id), docLabel(docs, id))))))));
}

function docLabel(docs, id) {
  const d = docs && docs.get ? docs.get(id) : null;
  return d ? `${d.site || d.title || id} (${fmtDate(d.published)})` : String(id);
}

export { docItem };
