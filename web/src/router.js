// Hash routes: every view has a URL (#/article/ID, #/search?q=...), so deep links, reloads and
// the back button work. A view is `async (params, query, root) => void`; it fills `root`.
// Each render is timed (route change to DOM ready) into window.__ngTimings and shown on <body>
// as data-view / data-ready for the browser test.
const routes = [];
let current = 0;

export function route(pattern, view, name) {
  const keys = [];
  const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, k) => { keys.push(k); return '([^/]+)'; }) + '$');
  routes.push({ re, keys, view, name });
}

export function parseHash(hash) {
  const h = (hash || '').replace(/^#/, '') || '/';
  const qi = h.indexOf('?');
  const path = qi < 0 ? h : h.slice(0, qi);
  const query = Object.fromEntries(new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1)));
  return { path, query };
}

export function go(path) { location.hash = '#' + path; }

window.__ngTimings = [];

export async function render(root, onRoute) {
  const token = ++current;
  const t0 = performance.now();
  const { path, query } = parseHash(location.hash);
  let params = {};
  let r = routes.find((x) => {
    const m = x.re.exec(path);
    if (!m) return false;
    params = Object.fromEntries(x.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
    return true;
  });
  if (!r) r = routes.find((x) => x.name === 'notfound');
  document.body.dataset.ready = '';
  document.body.dataset.view = r.name;
  if (onRoute) onRoute(r.name, query);
  const target = document.createElement('div');
  target.className = 'view view-' + r.name;
  try {
    await r.view(params, query, target);
  } catch (e) {
    target.replaceChildren();
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'Error: ' + e.message;
    target.append(p);
  }
  if (token !== current) return;  // a newer route won
  root.replaceChildren(target);
  const ms = performance.now() - t0;
  window.__ngTimings.push({ view: r.name, path: location.hash, ms });
  document.body.dataset.ready = r.name;
  const h = target.querySelector('h1');
  document.title = (h ? h.textContent + ' · ' : '') + 'newsgraph';
}
