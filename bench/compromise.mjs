// compromise.mjs - the peer in bench/run.sh: the compromise NLP library
// extracting people, places and organizations from the same articles.
// Usage: node compromise.mjs NODE_PREFIX FILE_LIST
// FILE_LIST names one article per line; HTML tags are stripped first (a
// regular expression: cheaper than any real reader, in the peer's favour).
// Prints "articles people places organizations seconds" (the time covers
// the NLP only, not reading the files).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [prefix, list] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(prefix), 'noop.js'));
const nlp = require('compromise');
const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
const texts = files.map((f) => {
  const s = readFileSync(f, 'utf8');
  return /\.html?$/i.test(f)
    ? s.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')
    : s;
});
let people = 0, places = 0, orgs = 0;
const t0 = process.hrtime.bigint();
for (const t of texts) {
  const doc = nlp(t);
  people += doc.people().length;
  places += doc.places().length;
  orgs += doc.organizations().length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${texts.length} ${people} ${places} ${orgs} ${secs.toFixed(3)}`);
