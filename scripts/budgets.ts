/**
 * npm run budgets — after `npm run build`: weighs every page of dist/ as a CDN sends it
 * (HTML, its stylesheets and scripts, gzip, on a first visit and on a returning one) and
 * as it lies in dist/, prints the figures by kind of page, and exits 1
 * when an article page is over its budget, runs a script but the share buttons' module or
 * loads a web font.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  articleBudgetProblems,
  linkedScripts,
  linkedStylesheets,
  weighPage,
  type PageWeight,
} from '../src/lib/site/page-weight.ts';
import { listFiles } from './lib/files.ts';

const DIST = 'dist';
const KINDS: [string, RegExp][] = [
  ['article', /^bai-viet\//],
  ['category', /^chuyen-muc\//],
  ['topic', /^the\//],
  ['archive', /^luu-tru\//],
  ['search', /^tim-kiem\//],
  ['home', /^index\.html$/],
  ['404', /^404\.html$/],
];

const pages = await listFiles(DIST, '.html');
const byKind = new Map<string, PageWeight[]>();
const problems: string[] = [];
const read = (href: string) => readFile(join(DIST, href), 'utf8');
for (const page of pages) {
  const html = await read(page);
  const css = await Promise.all(linkedStylesheets(html).map(read));
  const js = await Promise.all(linkedScripts(html).map(read));
  const weight = weighPage(html, css, js);
  const kind = KINDS.find(([, pattern]) => pattern.test(page))?.[0] ?? 'other';
  byKind.set(kind, [...(byKind.get(kind) ?? []), weight]);
  if (kind === 'article') problems.push(...articleBudgetProblems(weight).map((problem) => `${page}: ${problem}`));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const largest = (weights: PageWeight[], figure: keyof Pick<PageWeight, 'transferred' | 'returning' | 'htmlBytes'>) =>
  kb(Math.max(...weights.map((weight) => weight[figure])));
// First visit: the page, its stylesheet and scripts, gzip. Returning: the page alone, gzip
// (the hashed stylesheet and scripts are cached). HTML: the page uncompressed, on disk.
console.log('kind      pages  first visit  returning      HTML   (largest page of the kind)');
for (const [kind, weights] of byKind) {
  console.log(
    `${kind.padEnd(9)} ${String(weights.length).padStart(5)} ${largest(weights, 'transferred').padStart(12)} ${largest(weights, 'returning').padStart(10)} ${largest(weights, 'htmlBytes').padStart(9)}`,
  );
}
for (const problem of problems) console.error(problem);
process.exit(problems.length > 0 ? 1 : 0);
