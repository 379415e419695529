// Runs Mozilla Readability (with jsdom) over every page of the article-extraction benchmark and
// prints pages/s and MB/s. Used by scripts/bench-extract.sh for the side-by-side speed figure.
//
//   node run.js ../../../shared/data/article-extraction-benchmark [--pages DIR] [--dump out.json]
//
// --pages DIR reads DIR/<id>.html (already decompressed) instead of the benchmark's .html.gz.
// --dump writes {id: {"articleBody": text}} (the benchmark's prediction format), which
// `extract_eval aeb --predictions out.json` scores with the same metric as newsgraph.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node run.js BENCHMARK_DIR [--dump out.json]');
  process.exit(2);
}
const dumpAt = process.argv.indexOf('--dump');
const dump = dumpAt > 0 ? process.argv[dumpAt + 1] : null;
const pagesAt = process.argv.indexOf('--pages');
const pages = pagesAt > 0 ? process.argv[pagesAt + 1] : null;

const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const virtualConsole = new VirtualConsole();  // silence page scripts' console output
const out = {};
let bytes = 0;
const t0 = process.hrtime.bigint();
for (const id of ids) {
  const html = pages
    ? fs.readFileSync(path.join(pages, id + '.html'), 'utf8')
    : zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', id + '.html.gz'))).toString('utf8');
  bytes += Buffer.byteLength(html);
  const dom = new JSDOM(html, { url: truth[id].url, virtualConsole });
  const article = new Readability(dom.window.document).parse();
  out[id] = { articleBody: article && article.textContent ? article.textContent : '' };
  dom.window.close();
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`readability.js: ${ids.length} pages (${(bytes / 1e6).toFixed(1)} MB) in ${secs.toFixed(2)} s: ` +
            `${(ids.length / secs).toFixed(2)} pages/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
if (dump) fs.writeFileSync(dump, JSON.stringify(out));
