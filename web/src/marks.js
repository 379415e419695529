// Marks annotations inline in an article's text. The store gives every annotation as UTF-8 byte
// offsets [start, end) into the text; they are mapped to string positions, and the text is cut
// at every annotation boundary into pieces, each wrapped in one <mark> per annotation covering
// it (outer annotations first, so nested spans nest and crossing spans are split). The text
// itself only ever becomes text nodes.
import { el } from './dom.js';

// Byte offsets -> UTF-16 string indices, for the given offsets (any order). An offset inside a
// multi-byte character snaps to the character's end; offsets past the end clamp to the end.
export function byteOffsetsToIndices(text, offsets) {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map();
  let byte = 0;
  let k = 0;
  let i = 0;
  while (k < sorted.length && i <= text.length) {
    while (k < sorted.length && sorted[k] <= byte) out.set(sorted[k++], i);
    if (i >= text.length) break;
    const cp = text.codePointAt(i);
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  while (k < sorted.length) out.set(sorted[k++], text.length);
  return out;
}

// The order in which annotations starting at the same place nest (outermost first).
const RANK = { call: 0, quote: 1, check: 2, speaker: 3, person: 4, date: 5, figure: 6, org: 7, place: 8 };

// annotations: [{start, end (bytes), kind, cls?, title?}]. Returns {node, marks} where marks[i]
// are the <mark> elements of annotation i (several when it was split).
export function markText(text, annotations, onActivate) {
  const conv = byteOffsetsToIndices(text, annotations.flatMap((a) => [a.start, a.end]));
  const anns = annotations
    .map((a, i) => ({ ...a, i, s: conv.get(a.start), e: conv.get(a.end) }))
    .filter((a) => a.e > a.s)
    .sort((a, b) => a.s - b.s || b.e - a.e || (RANK[a.kind] ?? 9) - (RANK[b.kind] ?? 9) || a.i - b.i);
  const order = new Map(anns.map((a, k) => [a, k]));
  const cuts = [...new Set([0, text.length, ...anns.flatMap((a) => [a.s, a.e])])].sort((a, b) => a - b);
  const root = el('div', { class: 'doc-text' });
  const marks = annotations.map(() => []);
  const stack = [];  // [{ann, node}]
  let active = [];
  let next = 0;      // next annotation (in `anns` order) to become active
  for (let c = 0; c + 1 < cuts.length; ++c) {
    const from = cuts[c];
    const to = cuts[c + 1];
    active = active.filter((a) => a.e > from);
    while (next < anns.length && anns[next].s <= from) { if (anns[next].e > from) active.push(anns[next]); ++next; }
    active.sort((a, b) => order.get(a) - order.get(b));
    // Keep the open marks that are a prefix of the wanted nesting, close the rest.
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].ann === active[keep]) ++keep;
    stack.length = keep;
    for (let k = keep; k < active.length; ++k) {
      const a = active[k];
      const m = el('mark', {
        class: ['m', 'm-' + a.kind, a.cls].filter(Boolean).join(' '),
        title: a.title, tabindex: '0', dataset: { ann: String(a.i) },
      });
      if (a.s < from) m.classList.add('cont');
      (k === 0 ? root : stack[k - 1].node).append(m);
      stack.push({ ann: a, node: m });
      marks[a.i].push(m);
    }
    const piece = document.createTextNode(text.slice(from, to));
    (stack.length ? stack[stack.length - 1].node : root).append(piece);
  }
  if (onActivate) {
    const fire = (ev) => {
      const m = ev.target.closest && ev.target.closest('mark.m');
      if (!m || !root.contains(m)) return;
      const hit = [];
      for (let x = m; x && x !== root; x = x.parentElement) if (x.dataset && x.dataset.ann) hit.push(Number(x.dataset.ann));
      onActivate(hit, m);
    };
    root.addEventListener('click', fire);
    root.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fire(ev); } });
  }
  return { node: root, marks };
}

// Finds `needle` in text between string indices [from, to) and returns its byte span, or null.
export function findBytes(text, needle, fromByte, toByte) {
  if (!needle) return null;
  const conv = byteOffsetsToIndices(text, [fromByte, toByte]);
  const from = conv.get(fromByte);
  const to = conv.get(toByte);
  const at = text.slice(from, to).indexOf(needle);
  if (at < 0) return null;
  const enc = new TextEncoder();
  const start = fromByte + enc.encode(text.slice(from, from + at)).length;
  return { start, end: start + enc.encode(needle).length };
}
