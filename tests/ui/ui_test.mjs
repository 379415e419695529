// Browser test of the web UI: playwright-core drives Debian's chromium (headless) against
// `newsgraph serve` over a demo store ingested from data/sample, on a free loopback port.
//
//   node tests/ui/ui_test.mjs --newsgraph BUILD/newsgraph --data data/sample \
//        --modules BUILD/web-npm/node_modules --chromium /usr/bin/chromium --out BUILD/ui-test
//
// Every request that does not go to the test server is blocked and fails the test (no request
// leaves the machine); so do page errors, console errors, Content-Security-Policy violations
// and any dialog (an injected alert()). Screenshots of each view are written to OUT/screenshots;
// render times (route change to view ready, window.__ngTimings) to OUT/render-times.json.
// Exit codes: 0 passed, 1 failed, 77 skipped (no chromium).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
// --base URL tests a server that is already running (its store should hold data/sample) instead.
for (const k of (args.base ? ['modules', 'chromium', 'out'] : ['newsgraph', 'data', 'modules', 'chromium', 'out'])) {
  if (!args[k]) { console.error(`ui_test: missing --${k}`); process.exit(2); }
}
if (!fs.existsSync(args.chromium)) {
  console.log(`ui_test: SKIPPED: no chromium at ${args.chromium} (apt-get install chromium; scripts/install-deps.sh does)`);
  process.exit(77);
}
const require = createRequire(path.join(path.resolve(args.modules), 'noop.js'));
const { chromium } = require('playwright-core');
// The render budget per view (ms); NEWSGRAPH_UI_BUDGET_MS overrides it on a slow machine.
const BUDGET = Number(process.env.NEWSGRAPH_UI_BUDGET_MS || 300);

const out = path.resolve(args.out);
const shots = path.join(out, 'screenshots');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(shots, { recursive: true });
const db = path.join(out, 'demo.db');

// ---- the demo store and the server ----
let server = null;
let serverLog = '';
async function startServer() {
  const ing = spawnSync(args.newsgraph, ['ingest', '--db', db, args.data], { encoding: 'utf8' });
  if (ing.status !== 0) { console.error(`ui_test: ingest failed (status ${ing.status}, signal ${ing.signal})\n${ing.stderr}`); process.exit(1); }
  server = spawn(args.newsgraph, ['serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('server did not start: ' + serverLog)), 20000);
  server.stderr.on('data', (b) => {
    serverLog += b;
    const m = /serving .* on (http:\/\/127\.0\.0\.1:\d+)\//.exec(serverLog);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code}): ${serverLog}`)));
  });
}
const base = args.base ? args.base.replace(/\/$/, '') : await startServer();

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ui-'));
let context;
const results = [];
const problems = [];
function cleanup() {
  if (server) try { server.kill('SIGTERM'); } catch (e) { /* gone */ }
  fs.rmSync(profile, { recursive: true, force: true });
}
process.on('exit', cleanup);

async function getJson(p) {
  const res = await fetch(base + p);
  return { status: res.status, body: await res.json().catch(() => null) };
}

let passed = 0; let failed = 0; let skipped = 0;
async function test(name, fn, skipReason) {
  if (skipReason) { console.log(`SKIP ${name}: ${skipReason}`); skipped++; return; }
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`); passed++;
  } catch (e) {
    console.log(`FAIL ${name}: ${e.stack || e}`); failed++;
    try { await page.screenshot({ path: path.join(shots, 'FAILED-' + name.replace(/\W+/g, '-') + '.png'), fullPage: true }); } catch (x) { /* none */ }
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

// ---- the browser ----
context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1360, height: 900 },
});
const page = context.pages()[0] || await context.newPage();
const origin = new URL(base).origin;
await context.route('**/*', (route) => {
  const u = route.request().url();
  if (u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
  problems.push('request leaving the test server: ' + u);
  return route.abort();
});
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
page.on('dialog', (d) => { problems.push(`dialog opened (${d.type()}): ${d.message()}`); d.dismiss().catch(() => {}); });
await page.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => { (window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI); });
});

async function waitView(name, timeout = 10000) {
  await page.waitForSelector(`body[data-ready="${name}"]`, { timeout });
}
// Runs a navigating action and waits for the view it leads to (the old view's ready mark is
// cleared first, so a navigation to the same kind of view is not mistaken for done).
async function nav(action, name) {
  await page.evaluate(() => { document.body.dataset.ready = 'stale'; });
  await action();
  await waitView(name);
}
async function go(hash, name) {
  if (await page.evaluate((h) => location.hash === h, hash)) return waitView(name);
  await nav(() => page.evaluate((h) => { location.hash = h; }, hash), name);
}
async function shot(name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  // The page from the top, at most 1400 px of it (docs/ui.md shows these).
  const height = Math.min(1400, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: true, clip: { x: 0, y: 0, width: 1360, height } });
}
// Presses Tab until the focused element matches `selector` (at most `max` presses).
async function tabFocus(selector, max = 200) {
  for (let i = 0; i < max; ++i) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
  }
  throw new Error(`keyboard: ${selector} not reached in ${max} Tab presses`);
}
// The same, then Enter.
async function tabTo(selector, max = 200) {
  await tabFocus(selector, max);
  await page.keyboard.press('Enter');
}

const linked = (await getJson('/api/stories?limit=1')).status === 200;
const noLink = linked ? null : 'the server has no link endpoints (/api/stories answers 404)';
const seed = (await getJson('/api/search?q=' + encodeURIComponent('"David Cameron"'))).body.documents.find((d) => /Blinken reassures/.test(d.title));

await page.goto(base + '/');
await test('home view loads with no error', async () => {
  await waitView('home');
  assert(await page.locator('h1').first().textContent() !== '', 'home has a heading');
  await shot('home');
});

await test('search "Blinken" from the header, with facets', async () => {
  await page.fill('#q', 'Blinken');
  await nav(() => page.press('#q', 'Enter'), 'search');
  const titles = await page.locator('.docs .title').allTextContents();
  assert(titles.length >= 3, `expected several results, got ${titles.length}`);
  assert(titles.some((t) => /Blinken reassures/.test(t)), 'the seed rewrite is among the results: ' + titles.join(' | '));
  assert(await page.locator('.facet h2', { hasText: 'Outlet' }).count() === 1, 'an outlet facet');
  assert(await page.locator('.facet h2', { hasText: 'Month' }).count() === 1, 'a month facet');
  if (linked) assert(/Antony Blinken/.test(await page.locator('.facet').filter({ hasText: 'Person' }).textContent()), 'a person facet with Antony Blinken');
  await shot('search');
  // Narrowing by an outlet keeps only that outlet's articles, and is a URL of its own.
  await nav(() => page.locator('.facet').filter({ hasText: 'Outlet' }).locator('a', { hasText: 'Northgate Wire' }).click(), 'search');
  assert(/site=Northgate/.test(page.url()), 'the facet is in the URL: ' + page.url());
  const metas = await page.locator('.docs .meta').allTextContents();
  assert(metas.length > 0 && metas.every((m) => m.startsWith('Northgate Wire')), 'only Northgate Wire: ' + metas.join(' | '));
  await shot('search-facet');
  await nav(() => page.goBack(), 'search');
  assert(!/site=/.test(page.url()), 'back button undoes the facet');
});

await test('the seed rewrite marks the Cameron claim contradicted in the text', async () => {
  assert(seed, 'the seed rewrite is in the demo store');
  await nav(() => page.locator('.docs a', { hasText: 'Blinken reassures' }).first().click(), 'article');
  const bad = page.locator('.doc-text mark.m-check.contradicted');
  assert(await bad.count() >= 1, 'a contradicted check mark');
  const txt = await bad.first().textContent();
  assert(/David Cameron/.test(txt), 'the contradicted mark is on David Cameron: ' + txt);
  assert(await page.locator('.doc-text mark.m-person').count() > 5, 'people marked');
  assert(await page.locator('.doc-text mark.m-quote').count() > 2, 'quotes marked');
  assert(await page.locator('.doc-text mark.m-call').count() >= 1, 'calls marked');
  assert(await page.locator('.doc-text mark.m-figure').count() >= 1, 'figures marked');
  assert(await page.locator('.doc-text mark.m-date').count() >= 1, 'dates marked');
  assert(await page.locator('.legend').count() === 1, 'a legend');
  await bad.first().click();
  const det = await page.locator('.details').textContent();
  assert(/contradicted/.test(det) && /Boris Johnson/.test(det), 'the details say why: ' + det);
  await shot('article');
  if (linked) {
    // A call in the text leads to its event: every outlet's report of it.
    await page.waitForFunction(() => [...document.querySelectorAll('.side a[href^="#/event/"]')].some((a) => /report/.test(a.textContent)));
    await page.locator('.doc-text mark.m-call').first().click();
    await page.locator('.details a', { hasText: 'Every report of this' }).waitFor({ timeout: 3000 });
    await nav(() => page.locator('.details a', { hasText: 'Every report of this' }).click(), 'event');
    assert(await page.locator('.panel table tbody tr').count() >= 2, 'the event lists several reports');
    await nav(() => page.goBack(), 'article');
  }
});

await test('an article quoting <script> and <img onerror> shows them as text and runs nothing', async () => {
  const hits = (await getJson('/api/search?q=' + encodeURIComponent('"cross-site scripting"'))).body.documents;
  assert(hits.length >= 1, 'the XSS article is in the demo store');
  await go('#/article/' + hits[0].id, 'article');
  const text = await page.locator('.doc-text').textContent();
  assert(text.includes('<script>alert(1)</script>'), 'the script tag is shown as text');
  assert(text.includes('<img src=x onerror=alert(2)>'), 'the img tag is shown as text');
  assert(await page.locator('.doc-text img, .doc-text script, main img').count() === 0, 'no element was created from the article');
  // Open the details of the quote, whose text holds the markup too.
  await page.locator('.doc-text mark.m-quote').first().click();
  await page.waitForTimeout(300);
  assert(await page.locator('main img, main script').count() === 0, 'no element from the quote');
  assert(await page.evaluate(() => document.scripts.length) === 1, 'only the app script');
  await shot('article-xss');
});

await test('office checks list', async () => {
  await go('#/checks', 'checks');
  assert(await page.locator('tr.check.contradicted').count() >= 1, 'a contradicted check');
  await shot('checks');
});

await test('Zelensky: offices over time and a network with Blinken and Biden', async () => {
  const people = (await getJson('/api/people?q=Zelensk&limit=5')).body.people;
  assert(people.length >= 1 && people[0].id, 'Zelensky is a person with an id');
  const z = people.sort((a, b) => b.documents - a.documents)[0];
  await go('#/person/' + z.id, 'person');
  const h = await page.locator('h1').textContent();
  assert(/Zelensk/.test(h), 'the person view: ' + h);
  // The answer carries the first page of the person's events; the view counts all of them.
  const detail = (await getJson('/api/people/' + z.id)).body;
  assert(Number.isInteger(detail.events_total) && detail.events_total >= detail.events.length, 'events_total: ' + detail.events_total);
  const meta = await page.locator('main p.meta').first().textContent();
  assert(meta.includes(`${detail.events_total} event`), 'the events counted in the view: ' + meta);
  const offices = await page.locator('.offices').textContent();
  assert(/President/.test(offices) && /Ukrain/.test(offices), 'his office: ' + offices);
  assert(await page.locator('svg.timeline .tl-bar, svg.timeline .tl-dot').count() >= 1, 'the offices timeline');
  await page.waitForSelector('.network[data-rendered]', { timeout: 10000 });
  assert(Number(await page.locator('.network').getAttribute('data-rendered')) >= 3, 'the network is drawn with at least three people');
  const nodes = await page.locator('.network-list').textContent();
  assert(/Blinken/.test(nodes) && /Biden/.test(nodes), 'the network has Blinken and Biden: ' + nodes.slice(0, 400));
  await shot('person');
}, noLink);

await test('a copy pair side by side with the changed fact marked', async () => {
  const copies = (await getJson('/api/copies?limit=50')).body.copies;
  // Preferably a copy whose changed fact an office check contradicts (the seed's kind of rewrite).
  const pair = copies.find((c) => (c.changes || []).some((x) => x.contradicted_claim)) || copies.find((c) => (c.changes || []).some((x) => x.fact)) || copies.find((c) => (c.changes || []).length > 0);
  assert(pair, 'a copy with a changed fact in the demo store');
  await go(`#/diff/${pair.source}/${pair.copy}`, 'diff');
  assert(await page.locator('.diff-row.aligned').count() >= 1, 'aligned rows');
  assert(await page.locator('.diff mark.m-change').count() >= 1, 'a changed fact marked');
  await shot('diff');
}, noLink);

await test('a story: timeline of its articles and events, its people', async () => {
  const stories = (await getJson('/api/stories?limit=100')).body.stories;
  assert(stories.length >= 1, 'a story');
  const big = stories.sort((a, b) => b.documents.length - a.documents.length)[0];
  assert(big.documents.length >= 5, 'the demo reports make one story of several articles');
  await go('#/story/' + big.id, 'story');
  assert(await page.locator('svg.timeline').count() === 1, 'a timeline');
  assert(await page.locator('.docs .doc-item').count() >= 1, 'its articles');
  await shot('story');
  await go('#/stories', 'stories');
  await shot('stories');
}, noLink);

await test('an event with several reports that disagree', async () => {
  const events = (await getJson('/api/events?limit=200')).body.events;
  const e = events.filter((x) => (x.conflicts || []).length).sort((a, b) => (b.reports || []).length - (a.reports || []).length)[0];
  assert(e, 'an event with a conflict');
  await go('#/event/' + e.id, 'event');
  assert(await page.locator('li.conflict').count() >= 1, 'its conflicts');
  assert(await page.locator('.panel table tbody tr').count() >= 2, 'its reports');
  await shot('event');
  await go('#/conflicts', 'conflicts');
  await shot('conflicts');
  await go('#/events', 'events');
  // A page of 50 events, with a link to the next page when there are more.
  const more = (await getJson('/api/events?limit=51')).body.events.length > 50;
  assert(await page.locator('main table tbody tr').count() === Math.min(50, events.length), 'a page of events');
  assert((await page.locator('nav.pager a', { hasText: 'later' }).count()) === (more ? 1 : 0), 'the pager: ' + more);
  await shot('events');
  await go('#/copies', 'copies');
  await shot('copies');
}, noLink);

await test('every view is reachable by keyboard', async () => {
  const views = ['stories', 'people', 'events', 'copies', 'checks', 'conflicts', 'articles'];
  for (const v of views) {
    await page.goto(base + '/#/');
    await waitView('home');
    await nav(() => tabTo(`#nav a[data-view="${v}"]`), v);
    assert(await page.evaluate(() => document.activeElement.tagName) === 'H1', `focus moves to the ${v} view's heading`);
    if (v === 'people' || v === 'articles') await shot(v);
  }
  // From the lists into the item views, still by keyboard.
  const into = [['articles', 'a[href^="#/article/"]', 'article'], ['people', 'main a[href^="#/person/"]', 'person']];
  if (linked) into.push(['stories', 'main table a[href^="#/story/"]', 'story'], ['events', 'main a[href^="#/event/"]', 'event'], ['copies', 'main a[href^="#/diff/"]', 'diff']);
  for (const [list, sel, view] of into) {
    await go('#/' + list, list);
    await nav(() => tabTo(sel, 300), view);
  }
  // Search from the header by keyboard, and a mark's details with Enter.
  await page.goto(base + '/#/');
  await waitView('home');
  await tabFocus('#q');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Lavrov');
  await nav(() => page.keyboard.press('Enter'), 'search');
  await nav(() => tabTo('.docs a', 300), 'article');
  await tabTo('.doc-text mark.m-person', 300);
  assert(/Details/.test(await page.locator('.details').textContent()), 'Enter on a mark opens its details');
  await nav(() => page.goBack(), 'search');
});

// ---- render times ----
// Each view seen above is loaded afresh (a new page: nothing cached) RUNS times; its render time
// is route change to view ready, API calls included. The median counts against the budget.
for (const v of await page.evaluate(() => window.__cspViolations || [])) problems.push('CSP violation: ' + v);
const seen = new Map();
for (const t of await page.evaluate(() => window.__ngTimings)) if (!seen.has(t.view) && t.view !== 'notfound') seen.set(t.view, t.path);
const RUNS = 5;
const rows = [];
for (const [view, hash] of seen) {
  const ms = [];
  for (let i = 0; i < RUNS; ++i) {
    await page.goto('about:blank');
    await page.goto(base + '/' + hash);
    await waitView(view);
    ms.push((await page.evaluate(() => window.__ngTimings[0].ms)));
  }
  const s = [...ms].sort((a, b) => a - b);
  rows.push({ view, route: hash, runs: RUNS, median_ms: Math.round(s[Math.floor(s.length / 2)]), min_ms: Math.round(s[0]), max_ms: Math.round(s[s.length - 1]) });
}
const csp = await page.evaluate(() => window.__cspViolations || []);
for (const v of csp) problems.push('CSP violation: ' + v);
await context.close();
fs.writeFileSync(path.join(out, 'render-times.json'), JSON.stringify(rows, null, 2) + '\n');
console.log(`render times, fresh page, route change to view ready (ms, ${RUNS} runs):`);
for (const r of rows) console.log(`  ${r.view.padEnd(10)} median ${String(r.median_ms).padStart(5)}  min ${String(r.min_ms).padStart(5)}  max ${String(r.max_ms).padStart(5)}  ${r.route}`);
await test('every view renders within the budget', async () => {
  const slow = rows.filter((r) => r.median_ms > BUDGET);
  assert(!slow.length, `median over ${BUDGET} ms: ` + slow.map((r) => `${r.view} ${r.median_ms} ms`).join(', '));
});
await test('no page error, console error, CSP violation, dialog or outside request', async () => {
  assert(!problems.length, problems.join('\n'));
});
console.log(`ui_test: ${passed} passed, ${failed} failed, ${skipped} skipped; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
