// Runs Readability.js single-threaded on every page of the benchmark and writes the bodies as peers JSON.
//   node run.js BENCHMARK_FOLDER OUTPUT.json
// Timed from the gunzipped bytes (decoded as in decode()) to the text of Readability's article, one block a line.
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
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'BR', 'DL', 'DT', 'DD', 'HR']);

// Valid UTF-8 is read as UTF-8 (jsdom alone would read an undeclared UTF-8 page as windows-1252);
// other bytes go to jsdom as they are, which decodes them by BOM and <meta charset>.
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes) {
  try {
    return utf8.decode(bytes);
  } catch (e) {
    return bytes;
  }
}

// The text of Readability's article HTML with a line break around every block, so that words of
// neighbouring blocks are not glued together (textContent would glue them).
function blockText(document, html) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const parts = [];
  (function walk(node) {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue);
      } else if (child.nodeType === 1) {
        const block = BLOCKS.has(child.tagName);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  })(root);
  return parts.join('').split('\n').map(line => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

let peakRss = process.memoryUsage().rss;
const result = {};
const start = process.hrtime.bigint();
keys.forEach((key, i) => {
  let body = '';
  try {
    const dom = new JSDOM(decode(pages[i]), { url: truth[key].url || 'https://example.org/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    body = article && article.content ? blockText(dom.window.document, article.content) : '';
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
