// An article: its text with people, quotes and their speakers, calls, figures, dates and office
// checks marked inline; a legend that also hides or shows each kind; a details panel for the
// marks clicked (or focused and Enter); its story, copies, people and checks beside it.
import { el, link, fmtDate, section, plural } from '../dom.js';
import { api } from '../api.js';
import { markText, findBytes } from '../marks.js';
import { docMeta, verdictMark, joinNodes } from './common.js';

export const KINDS = [
  ['person', 'Person'], ['speaker', 'Speaker of a quote'], ['quote', 'Quote'], ['call', 'Call or meeting'],
  ['figure', 'Figure'], ['date', 'Date'], ['check', 'Office check'],
];

function personTitle(p) { return [p.name, p.office, p.country].filter(Boolean).join(', '); }

// All inline annotations of a document, each with what its details panel shows.
export function annotations(d) {
  const a = d.analysis || {};
  const text = d.text || '';
  const ids = d.people_ids || {};
  const out = [];
  const byName = new Map((a.people || []).map((p) => [p.name, p]));
  for (const p of a.people || []) {
    for (const m of p.mentions || []) out.push({ kind: 'person', start: m.start, end: m.end, title: personTitle(p), person: p, pid: ids[p.name] });
  }
  for (const q of a.quotes || []) {
    out.push({ kind: 'quote', start: q.start, end: q.end, title: `Quote · ${q.speaker}${q.cue ? ' (' + q.cue + ')' : ''}`, quote: q, pid: ids[q.speaker] });
    // The speaker: the mention of that person nearest to the quote, within 400 bytes.
    const p = byName.get(q.speaker);
    if (p) {
      let best = null;
      for (const m of p.mentions || []) {
        const dist = m.start >= q.end ? m.start - q.end : m.end <= q.start ? q.start - m.end : Infinity;
        if (dist <= 400 && (!best || dist < best.dist)) best = { m, dist };
      }
      if (best) out.push({ kind: 'speaker', start: best.m.start, end: best.m.end, title: `Speaker of “${q.text.slice(0, 60)}”`, quote: q, person: p, pid: ids[p.name] });
    }
  }
  const dated = [];
  for (const c of a.communications || []) {
    out.push({ kind: 'call', start: c.start, end: c.end, title: `${c.kind}: ${(c.participants || []).join(', ')}${c.date ? ' · ' + c.date : ''}`, comm: c });
    if (c.when) dated.push({ when: c.when, date: c.date, start: c.start, end: c.end, of: c.kind });
  }
  for (const s of a.statements || []) if (s.when) dated.push({ when: s.when, date: s.date, start: s.start, end: s.end, of: s.kind });
  const seen = new Set();
  for (const t of dated) {
    // The date words lie in the evidence span, or near it in the same sentence.
    const span = findBytes(text, t.when, t.start, t.end) || findBytes(text, t.when, Math.max(0, t.start - 300), t.end + 300);
    if (!span || seen.has(span.start)) continue;
    seen.add(span.start);
    out.push({ kind: 'date', start: span.start, end: span.end, title: t.date ? `${t.when} = ${t.date}` : `${t.when} (not resolved to a day)`, date: t });
  }
  for (const n of a.numbers || []) {
    // a vague figure ("hundreds of people") has no value, only the bound its words imply
    // a result ("112-107") keeps its sides in the order written; a match's sets have no value
    const amount = n.score ? ['result', Array.isArray(n.value) ? n.value.join('-') : n.text]
      : n.value === null && n.at_least !== undefined ? ['at least', n.at_least]
      : [n.qualifier, Array.isArray(n.value) ? n.value.join('–') : n.value];
    out.push({ kind: 'figure', start: n.start, end: n.end, title: [...amount, n.unit].filter((x) => x !== null && x !== undefined && x !== '').join(' '), number: n });
  }
  for (const c of d.checks || []) {
    const p = byName.get(c.person);
    if (!p || !(p.mentions || []).length) continue;
    // The mention that states the office ("British Prime Minister David Cameron"), else the first.
    const titled = p.mentions.filter((m) => m.text && m.text.length > p.name.length);
    for (const m of (titled.length ? titled : p.mentions.slice(0, 1))) {
      out.push({ kind: 'check', cls: c.verdict, start: m.start, end: m.end, title: `${c.verdict}: ${c.claim}`, check: c, pid: ids[c.person] });
    }
  }
  return out;
}

// ev: the article's events once fetched, {byReport: Map("start:end" -> event)}.
function details(anns, hits, ev) {
  const items = hits.map((i) => anns[i]).map((a) => {
    const pl = a.pid !== undefined ? link('/person/' + encodeURIComponent(a.pid), 'open person') : null;
    switch (a.kind) {
      case 'person': return el('div', { class: 'det det-person' }, el('b', {}, a.person.name), a.person.office ? ` — ${a.person.office}` : '',
        a.person.country ? `, ${a.person.country}` : '', el('div', { class: 'meta' }, plural((a.person.mentions || []).length, 'mention'), pl ? ' · ' : '', pl));
      case 'speaker': return el('div', { class: 'det det-speaker' }, el('b', {}, a.person.name), ' speaks the quote “', a.quote.text, '”', pl ? el('div', {}, pl) : null);
      case 'quote': return el('div', { class: 'det det-quote' }, el('b', {}, 'Quote'), ` by ${a.quote.speaker}`, a.quote.cue ? ` (${a.quote.cue})` : '');
      case 'call': {
        const e = ev.byReport.get(`${a.comm.start}:${a.comm.end}`);
        return el('div', { class: 'det det-call' }, el('b', {}, a.comm.kind), ': ', (a.comm.participants || []).join(', '),
          el('div', { class: 'meta' }, [a.comm.when && `when: ${a.comm.when}`, a.comm.date && `date: ${a.comm.date}`, a.comm.duration && `duration: ${a.comm.duration}`, a.comm.status].filter(Boolean).join(' · ')),
          e ? el('div', {}, link('/event/' + encodeURIComponent(e.id), `Every report of this ${e.kind || 'event'} (${plural((e.reports || []).length, 'report')}${(e.conflicts || []).length ? ', ' + plural(e.conflicts.length, 'conflict') : ''})`)) : null);
      }
      case 'date': return el('div', { class: 'det det-date' }, el('b', {}, 'Date'), ` “${a.date.when}”`, a.date.date ? ` = ${fmtDate(a.date.date)}` : ' (not resolved)', ` · ${a.date.of}`);
      case 'figure': return el('div', { class: 'det det-figure' }, el('b', {}, 'Figure'), ` ${a.number.text}`, el('div', { class: 'meta' }, a.title));
      case 'check': return el('div', { class: 'det det-check ' + a.check.verdict }, verdictMark(a.check), ' ', a.check.claim,
        el('div', { class: 'meta' }, `as of ${a.check.as_of}: ${a.check.why}`));
      default: return el('div', {}, a.title || a.kind);
    }
  });
  return items;
}

export async function articleView({ id }, query, root) {
  const d = await api('/api/documents/' + encodeURIComponent(id));
  const a = d.analysis || {};
  const anns = annotations(d);
  const panel = el('div', { class: 'details', 'aria-live': 'polite' }, el('p', { class: 'hint' }, 'Click a mark (or focus it and press Enter) for details.'));
  // The events this article reports (fetched after the view is shown): each call mark links to
  // its event, where every outlet's report of it is listed.
  const ev = { byReport: new Map() };
  const eventIds = Array.isArray(d.events) ? d.events.filter((x) => typeof x === 'string' || typeof x === 'number').slice(0, 30) : [];
  const eventList = el('ul', { class: 'plain' }, ...eventIds.map((id) => el('li', {}, link('/event/' + encodeURIComponent(id), `event ${id}`))));
  Promise.all(eventIds.map((id) => api('/api/events/' + encodeURIComponent(id)).catch(() => null))).then((events) => {
    events.forEach((e, i) => {
      if (!e) return;
      for (const r of e.reports || []) if (r.doc === d.id) ev.byReport.set(`${r.start}:${r.end}`, e);
      const a = eventList.children[i] && eventList.children[i].firstChild;
      if (a) a.textContent = `${e.kind || 'event'}: ${(e.participants || []).map((p) => p.name).join(', ')}${e.date ? ' · ' + fmtDate(e.date) : ''} · ${plural((e.reports || []).length, 'report')}${(e.conflicts || []).length ? ' · ' + plural(e.conflicts.length, 'conflict') : ''}`;
    });
  });
  const marked = markText(d.text || '', anns, (hits, m) => {
    for (const x of root.querySelectorAll('mark.active')) x.classList.remove('active');
    m.classList.add('active');
    panel.replaceChildren(el('h2', {}, 'Details'), ...details(anns, hits, ev));
  });
  const counts = {};
  for (const x of anns) counts[x.kind] = (counts[x.kind] || 0) + 1;
  const legend = el('fieldset', { class: 'legend' }, el('legend', {}, 'Marks'),
    ...KINDS.map(([k, label]) => el('label', { class: 'legend-item' },
      el('input', { type: 'checkbox', checked: true, onchange: (ev) => marked.node.classList.toggle('hide-' + k, !ev.target.checked) }),
      el('mark', { class: `m m-${k}${k === 'check' ? ' contradicted' : ''}` }, label), ` ${counts[k] || 0}`)));
  const ids = d.people_ids || {};
  const pl = (name) => (ids[name] !== undefined ? link('/person/' + encodeURIComponent(ids[name]), name) : name);
  const copies = d.copies || [];
  const side = el('aside', { class: 'side' }, panel,
    d.story !== undefined && d.story !== null ? section('Story', link('/story/' + encodeURIComponent(d.story), 'Open the story of this article')) : null,
    section('Events reported here', eventIds.length ? eventList : null),
    section('Copies', copies.length ? el('ul', { class: 'plain' }, ...copies.map((c) => {
      const other = c.copy === d.id ? c.source : c.copy;
      const role = c.copy === d.id ? 'source of this copy' : 'copy of this article';
      return el('li', {}, link(`/diff/${encodeURIComponent(c.source)}/${encodeURIComponent(c.copy)}`, `${role} (${other})`),
        el('div', { class: 'meta' }, [c.relation, c.similarity !== undefined ? `similarity ${Number(c.similarity).toFixed(2)}` : null, plural((c.changes || []).length, 'changed fact')].filter(Boolean).join(' · ')));
    })) : null),
    section('Office checks', (d.checks || []).length ? el('ul', { class: 'plain' }, ...(d.checks || []).map((c) => el('li', { class: 'check ' + c.verdict }, verdictMark(c), ' ', c.claim, el('div', { class: 'meta' }, c.why)))) : null),
    section('People', (a.people || []).length ? el('ul', { class: 'plain' }, ...(a.people || []).map((p) => el('li', {}, pl(p.name), p.office ? ` — ${p.office}` : '', p.country ? `, ${p.country}` : ''))) : null),
    section('Calls and meetings', (a.communications || []).length ? el('ul', { class: 'plain' }, ...(a.communications || []).map((c) => el('li', {},
      `${c.kind}: `, joinNodes((c.participants || []).map(pl)), c.date ? ` · ${fmtDate(c.date)}` : '', c.duration ? ` · ${c.duration}` : ''))) : null),
    section('Quotes', (a.quotes || []).length ? el('ul', { class: 'plain' }, ...(a.quotes || []).map((q) => el('li', {}, pl(q.speaker), `: “${q.text}”`))) : null));
  const url = d.url ? el('a', { href: d.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, d.url) : null;
  root.append(el('div', { class: 'article-layout' },
    el('article', { class: 'reader' },
      el('h1', { tabindex: '-1', class: 'doc-title' }, d.title || '(untitled)'),
      el('div', { class: 'meta' }, [docMeta(d), d.language, (d.authors || []).join(', ')].filter(Boolean).join(' · ')),
      el('div', { class: 'meta' }, url),
      legend, marked.node),
    side));
}
