// Runs Readability.js single-threaded on every page of the benchmark and writes the bodies as peers JSON.
//   node run.js BENCHMARK_FOLDER OUTPUT.json
// Parsing is timed from the gunzipped bytes (jsdom sniffs the charset) to Readability's textContent.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [folder, output] = process.argv.slice(2);
const truth = JSON.parse(fs.readFileSync(path.join(folder, 'ground-truth.json'), 'utf8'));
const keys = Object.keys(truth).sort();
const pages = keys.map(k => zlib.gunzipSync(fs.readFileSync(path.join(folder, 'html', k + '.html.gz'))));
const quiet = new VirtualConsole();

let peakRss = process.memoryUsage().rss;
const result = {};
const start = process.hrtime.bigint();
keys.forEach((key, i) => {
  let body = '';
  try {
    const dom = new JSDOM(pages[i], { url: truth[key].url || 'https://example.org/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    body = article && article.textContent ? article.textContent.trim() : '';
    dom.window.close();
  } catch (e) {
    process.stderr.write(`readability failed on ${key}: ${e.message}\n`);
  }
  result[key] = { articleBody: body };
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const version = require('@mozilla/readability/package.json').version;
fs.writeFileSync(output, JSON.stringify({ version: `readability.js ${version}`, output: result }));
console.log(`speed: Readability.js ${version} + jsdom ${require('jsdom/package.json').version}: `
  + `${(keys.length / seconds).toFixed(1)} pages/s on 1 thread (${keys.length} pages in ${seconds.toFixed(1)} s), `
  + `peak RSS ${Math.round(peakRss / 1048576)} MB`);
console.log(`outputs: ${output}`);
