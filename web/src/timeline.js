// A small SVG timeline: one row per subject (a person's office, a story, a kind of report),
// points for dated things, bars for spans. Every item is a link (focusable, with a tooltip),
// and the rows' labels are text, so the figure reads without the mouse.
import { el, svg, fmtDate } from './dom.js';

const DAY = 86400000;
export function parseDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || '');
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const y = /^(\d{4})-(\d{2})$/.exec(s || '');
  return y ? Date.UTC(+y[1], +y[2] - 1, 1) : null;
}

function ticks(t0, t1) {
  const span = (t1 - t0) / DAY;
  const out = [];
  const d = new Date(t0);
  if (span <= 45) {
    const step = span <= 10 ? 1 : span <= 21 ? 2 : 7;
    for (let t = t0; t <= t1; t += step * DAY) out.push({ t, label: fmtDate(new Date(t).toISOString().slice(0, 10)).replace(/ \d{4}$/, '') });
  } else if (span <= 1100) {
    const step = span <= 200 ? 1 : span <= 500 ? 2 : 3;
    let y = d.getUTCFullYear(); let m = d.getUTCMonth() + 1;
    for (;;) {
      if (m > 11) { y += Math.floor(m / 12); m %= 12; }
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      out.push({ t, label: fmtDate(`${y}-${String(m + 1).padStart(2, '0')}`) });
      m += step;
    }
  } else {
    const step = Math.max(1, Math.ceil(span / 365 / 10));
    for (let y = d.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= t1; y += step) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  }
  return out;
}

// rows: [{label, suffix? (kept when the label is cut), href?, items: [{start, end?, label, href?, cls?}]}]
export function timeline(rows, opts = {}) {
  const items = rows.flatMap((r) => r.items).filter((i) => parseDay(i.start) !== null);
  if (!items.length) return el('p', { class: 'hint' }, opts.empty || 'Nothing dated to show on a timeline.');
  let t0 = Math.min(...items.map((i) => parseDay(i.start)));
  let t1 = Math.max(...items.map((i) => parseDay(i.end || i.start) ?? parseDay(i.start)));
  const pad = Math.max(DAY, (t1 - t0) * 0.04);
  t0 -= pad; t1 += pad;
  const W = 960; const left = opts.labelWidth || 200; const right = 16; const rowH = 26; const top = 8;
  const H = top + rows.length * rowH + 28;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (W - left - right);
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': opts.label || 'Timeline' });
  for (const tk of ticks(t0, t1)) {
    g.append(svg('line', { x1: x(tk.t), x2: x(tk.t), y1: top, y2: H - 22, class: 'tl-grid' }));
    g.append(svg('text', { x: x(tk.t), y: H - 8, class: 'tl-tick', 'text-anchor': 'middle' }, tk.label));
  }
  rows.forEach((r, ri) => {
    const y = top + ri * rowH + rowH / 2;
    const max = Math.floor((left - 16) / 7) - (r.suffix || '').length;
    const label = svg('text', { x: left - 8, y: y + 4, class: 'tl-label', 'text-anchor': 'end' },
      (r.label.length > max ? r.label.slice(0, max - 1) + '…' : r.label) + (r.suffix || ''));
    label.append(svg('title', {}, r.label + (r.suffix || '')));
    g.append(r.href ? svg('a', { href: r.href }, label) : label);
    g.append(svg('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'tl-row' }));
    for (const it of r.items) {
      const s = parseDay(it.start);
      if (s === null) continue;
      const e = parseDay(it.end) ?? s;
      const shape = e > s
        ? svg('rect', { x: x(s), y: y - 7, width: Math.max(6, x(e) - x(s)), height: 14, rx: 3, class: 'tl-bar ' + (it.cls || '') })
        : svg('circle', { cx: x(s), cy: y, r: 6, class: 'tl-dot ' + (it.cls || '') });
      const tip = [it.label, fmtDate(it.start) + (it.end && it.end !== it.start ? ' – ' + fmtDate(it.end) : '')].filter(Boolean).join(' · ');
      shape.append(svg('title', {}, tip));
      g.append(it.href ? svg('a', { href: it.href, 'aria-label': tip }, shape) : shape);
    }
  });
  return el('figure', { class: 'timeline-fig' }, g);
}
