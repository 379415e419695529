// newsgraph web UI: the analyst's workbench. Hash routes, one module per view. All text from
// the store is untrusted and only ever inserted as text nodes (see dom.js).
import { route, render, parseHash } from './router.js';
import { qs } from './api.js';
import { homeView, articlesView, storiesView, peopleView, eventsView, copiesView, checksView, conflictsView } from './views/lists.js';
import { searchView } from './views/search.js';
import { articleView } from './views/article.js';
import { personView } from './views/person.js';
import { storyView } from './views/story.js';
import { eventView } from './views/event.js';
import { diffView } from './views/diff.js';
import { el } from './dom.js';

route('/', homeView, 'home');
route('/search', searchView, 'search');
route('/articles', articlesView, 'articles');
route('/article/:id', articleView, 'article');
route('/stories', storiesView, 'stories');
route('/story/:id', storyView, 'story');
route('/people', peopleView, 'people');
route('/person/:id', personView, 'person');
route('/events', eventsView, 'events');
route('/event/:id', eventView, 'event');
route('/copies', copiesView, 'copies');
route('/diff/:a/:b', diffView, 'diff');
route('/checks', checksView, 'checks');
route('/conflicts', conflictsView, 'conflicts');
route('/.*', async (p, q, root) => { root.append(el('h1', { tabindex: '-1' }, 'Not found'), el('p', {}, 'No such view. ', el('a', { href: '#/' }, 'Go home'))); }, 'notfound');

const main = document.getElementById('main');
const search = document.getElementById('search-form');
let first = true;

function onRoute(name, query) {
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.view === name);
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  if (name === 'search') search.elements.q.value = query.q || '';
}

async function show() {
  await render(main, onRoute);
  // After a navigation, focus moves to the new view's heading (not on the first load).
  if (!first) { const h = main.querySelector('h1'); if (h) h.focus({ preventScroll: false }); }
  first = false;
}

search.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = search.elements.q.value.trim();
  if (q) location.hash = '#/search' + qs({ q });
});
// The skip link moves focus to the view without touching the route.
document.querySelector('.skip').addEventListener('click', (ev) => { ev.preventDefault(); main.focus(); });
window.addEventListener('hashchange', show);
window.__ngParseHash = parseHash;
show();
