// DOM helpers. Everything that comes from the store (article text, titles, names) is inserted
// as text nodes or attribute values only: this module has no way to parse a string as HTML.

// el('a', {href: '#/x', class: 'y'}, 'text', childNode, ...). Attribute names starting with
// "on" take a function (an event listener); `dataset` takes an object. null/undefined/false
// children are skipped; arrays are flattened; everything else becomes a text node.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'class' && !(node instanceof SVGElement)) node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false || c === '') continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// A link to a route of the UI.
export function link(route, ...children) { return el('a', { href: '#' + route }, ...children); }

export function plural(n, one, many) { return `${n} ${n === 1 ? one : (many || one + 's')}`; }

// "2021-12-07" or an ISO timestamp -> "7 Dec 2021"; anything else unchanged.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function fmtDate(s) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s || '');
  if (!m) return s || '';
  const mon = MONTHS[Number(m[2]) - 1] || m[2];
  return m[3] ? `${Number(m[3])} ${mon} ${m[1]}` : `${mon} ${m[1]}`;
}

// A section with a heading, or null when it would be empty.
export function section(title, ...content) {
  const body = content.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false);
  if (!body.length) return null;
  return el('section', { class: 'panel' }, el('h2', {}, title), ...body);
}

export function list(items, cls) {
  return el('ul', { class: cls || 'plain' }, ...items.map((i) => el('li', {}, i)));
}
