// Render time of every view of the web UI over any store: playwright-core drives Debian's
// chromium (headless) against a running `newsgraph serve`, loads each view afresh RUNS times
// (a new page each time: nothing cached in the page) and prints route change to view ready
// (window.__ngTimings, API calls included) per view, as a table and as JSON Lines.
//
//   node scripts/ui/render-times.mjs --base http://127.0.0.1:PORT \
//        --modules BUILD/web-npm/node_modules [--chromium /usr/bin/chromium] [--runs 5] [--json OUT.jsonl]
//
// The ids come from the API (the first article, person, event, story and copy pair; a search
// for a word of the first article's title). tests/ui/ui_test.mjs does the same on the demo
// store in `make test`; this is for the large benchmark stores (`make bench-api`).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
if (args.help !== undefined || !args.base || !args.modules) {
  console.error('usage: node scripts/ui/render-times.mjs --base URL --modules DIR/node_modules [--chromium PATH] [--runs N] [--json OUT]');
  process.exit(2);
}
const chromiumPath = args.chromium || '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) { console.error(`render-times: no chromium at ${chromiumPath}`); process.exit(2); }
const RUNS = Number(args.runs || 5);
const base = args.base.replace(/\/$/, '');
const require = createRequire(path.join(path.resolve(args.modules), 'noop.js'));
const { chromium } = require('playwright-core');

async function getJson(p) { const r = await fetch(base + p); if (!r.ok) throw new Error(`${p}: ${r.status}`); return r.json(); }
const first = (list) => (list && list.length ? list[0] : null);
const doc = first((await getJson('/api/documents?limit=1')).documents);
const person = first((await getJson('/api/people?limit=1')).people);
const event = first((await getJson('/api/events?limit=1')).events);
const story = first((await getJson('/api/stories?limit=1&sort=size')).stories);
const copy = first((await getJson('/api/copies?limit=1')).copies);
const word = ((doc && doc.title) || 'news').split(/\W+/).filter((w) => w.length > 3)[0] || 'news';
const routes = [['home', '#/'], ['search', '#/search?q=' + encodeURIComponent(word)], ['stories', '#/stories'],
  ['people', '#/people'], ['events', '#/events'], ['copies', '#/copies'], ['checks', '#/checks'], ['conflicts', '#/conflicts']];
if (doc) routes.push(['article', '#/article/' + doc.id]);
if (person) routes.push(['person', '#/person/' + person.id]);
if (event) routes.push(['event', '#/event/' + event.id]);
if (story) routes.push(['story', '#/story/' + story.id]);
if (copy) routes.push(['diff', `#/diff/${copy.source}/${copy.copy}`]);

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-render-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  viewport: { width: 1360, height: 900 },
});
const page = context.pages()[0] || await context.newPage();
const rows = [];
try {
  for (const [view, hash] of routes) {
    const ms = [];
    for (let i = 0; i < RUNS; ++i) {
      await page.goto('about:blank');
      await page.goto(base + '/' + hash);
      await page.waitForSelector('body[data-ready]:not([data-ready=""]):not([data-ready="stale"])', { timeout: 30000 });
      ms.push(await page.evaluate(() => window.__ngTimings[0].ms));
    }
    const s = [...ms].sort((a, b) => a - b);
    rows.push({ view, route: hash, runs: RUNS, median_ms: Math.round(s[Math.floor(s.length / 2)]), min_ms: Math.round(s[0]), max_ms: Math.round(s[s.length - 1]) });
    const r = rows[rows.length - 1];
    console.log(`${view.padEnd(10)} median ${String(r.median_ms).padStart(5)} ms  min ${String(r.min_ms).padStart(5)}  max ${String(r.max_ms).padStart(5)}  ${hash}`);
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
if (args.json) fs.appendFileSync(args.json, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
