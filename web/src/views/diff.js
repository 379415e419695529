// A copy beside its source: the two texts in aligned rows (matching passages side by side,
// passages only one side has on their own rows), with the facts the copy changed marked on both
// sides; a changed fact that an office check contradicts is marked as such.
import { el, link, plural, section } from '../dom.js';
import { api, qs } from '../api.js';
import { markText } from '../marks.js';
import { docMeta, missing } from './common.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

// One cell: bytes [from, to) of a text with the spans that fall in it marked.
function cell(bytes, from, to, spans) {
  const text = dec.decode(bytes.subarray(from, to));
  const local = spans.filter((s) => s.start < to && s.end > from)
    .map((s) => ({ ...s, start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));
  return markText(text, local).node;
}

// Rows from the alignment: monotone pairs in order of the first text; what lies between two
// pairs becomes an unaligned row.
export function alignRows(alignment, lenA, lenB) {
  const rows = [];
  let pa = 0;
  let pb = 0;
  const pairs = [...(alignment || [])].sort((x, y) => x.a_start - y.a_start || x.b_start - y.b_start);
  for (const p of pairs) {
    if (p.a_start < pa || p.b_start < pb || p.a_end > lenA || p.b_end > lenB) continue;  // crossing pair: left to the marks
    if (p.a_start > pa || p.b_start > pb) rows.push({ a: [pa, p.a_start], b: [pb, p.b_start], aligned: false });
    rows.push({ a: [p.a_start, p.a_end], b: [p.b_start, p.b_end], aligned: true, similarity: p.similarity });
    pa = p.a_end; pb = p.b_end;
  }
  if (pa < lenA || pb < lenB) rows.push({ a: [pa, lenA], b: [pb, lenB], aligned: false });
  return rows;
}

// `fact`: true for a changed fact (a name, an office, a figure, a date), false for wording; or
// the fact's name.
function factNote(c) { return typeof c.fact === 'string' && c.fact ? ` (${c.fact})` : c.fact === true ? ' (fact)' : ''; }

export async function diffView({ a, b }, query, root) {
  let body;
  try { body = await api('/api/diff' + qs({ a, b })); } catch (e) { return missing(root, 'Copy and source', '/api/diff', e); }
  const A = body.a; const B = body.b;
  const ba = enc.encode(A.text || ''); const bb = enc.encode(B.text || '');
  const rel = body.relation;
  const aIsSource = !rel || rel.source === A.id;
  const spansA = []; const spansB = [];
  for (const c of (rel && rel.changes) || []) {
    const cls = [c.fact === true || (typeof c.fact === 'string' && c.fact) ? 'fact' : 'wording', c.contradicted_claim ? 'contradicted' : ''].join(' ');
    const title = `${c.kind || 'change'}${factNote(c)}: “${c.source_text || ''}” → “${c.copy_text || ''}”${c.contradicted_claim ? ' · contradicted: ' + (typeof c.contradicted_claim === 'string' ? c.contradicted_claim : c.contradicted_claim.claim || '') : ''}`;
    const src = { kind: 'change', cls, title, start: c.source_start, end: c.source_end };
    const cp = { kind: 'change', cls, title, start: c.copy_start, end: c.copy_end };
    if (src.end > src.start) (aIsSource ? spansA : spansB).push(src);
    if (cp.end > cp.start) (aIsSource ? spansB : spansA).push(cp);
  }
  const rows = alignRows(body.alignment, ba.length, bb.length);
  const head = (d, role) => el('div', { class: 'diff-head' }, el('div', { class: 'role' }, role),
    link('/article/' + encodeURIComponent(d.id), d.title || d.id), el('div', { class: 'meta' }, docMeta(d)));
  const changes = [...((rel && rel.changes) || [])].sort((x, y) => Number(!!y.contradicted_claim) - Number(!!x.contradicted_claim) || Number(y.fact === true) - Number(x.fact === true));
  root.append(el('h1', { tabindex: '-1' }, 'Copy and source'),
    el('p', { class: 'meta' }, rel ? `${rel.relation || 'copy'}${rel.similarity !== undefined ? ', similarity ' + Number(rel.similarity).toFixed(2) : ''} · ${plural(changes.length, 'changed fact')}` : 'No copy relation is recorded between these two articles; showing their alignment.'),
    changes.length ? section('Changed facts', el('ul', { class: 'plain' }, ...changes.map((c) => el('li', { class: c.contradicted_claim ? 'contradicted' : '' },
      el('b', {}, c.kind || 'change'), factNote(c), ': ', el('del', {}, c.source_text || '∅'), ' → ', el('ins', {}, c.copy_text || '∅'),
      c.contradicted_claim ? el('span', { class: 'verdict contradicted' }, ' ✗ contradicted by the office table') : null)))) : null,
    el('div', { class: 'diff', role: 'table', 'aria-label': 'Aligned texts' },
      el('div', { class: 'diff-row diff-heads', role: 'row' }, head(A, aIsSource ? 'Source' : 'Copy'), head(B, aIsSource ? 'Copy' : 'Source')),
      ...rows.map((r) => el('div', { class: 'diff-row' + (r.aligned ? ' aligned' : ' unaligned'), role: 'row', title: r.aligned && r.similarity !== undefined ? `similarity ${Number(r.similarity).toFixed(2)}` : null },
        el('div', { class: 'diff-cell', role: 'cell' }, cell(ba, r.a[0], r.a[1], spansA)),
        el('div', { class: 'diff-cell', role: 'cell' }, cell(bb, r.b[0], r.b[1], spansB))))));
}
