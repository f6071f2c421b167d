/**
 * npm run budgets — after `npm run build`: weighs every page of dist/ as a CDN sends it
 * (HTML and its stylesheets, gzip), prints the figures by kind of page, and exits 1 when
 * an article page is over its budget, runs a script or loads a web font.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_BUDGET_BYTES, linkedStylesheets, weighPage } from '../src/lib/site/page-weight.ts';
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
const byKind = new Map<string, number[]>();
const problems: string[] = [];
for (const page of pages) {
  const html = await readFile(join(DIST, page), 'utf8');
  const css = await Promise.all(linkedStylesheets(html).map((href) => readFile(join(DIST, href), 'utf8')));
  const weight = weighPage(html, css);
  const kind = KINDS.find(([, pattern]) => pattern.test(page))?.[0] ?? 'other';
  byKind.set(kind, [...(byKind.get(kind) ?? []), weight.transferred]);
  if (kind !== 'article') continue;
  if (weight.transferred > ARTICLE_BUDGET_BYTES)
    problems.push(`${page}: ${weight.transferred} B > ${ARTICLE_BUDGET_BYTES} B`);
  if (weight.scripts > 0) problems.push(`${page}: ${weight.scripts} script(s); article pages run none`);
  if (weight.fonts > 0) problems.push(`${page}: ${weight.fonts} web font(s); the site uses system fonts`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('kind      pages   smallest   largest   (HTML + CSS, gzip)');
for (const [kind, weights] of byKind) {
  console.log(
    `${kind.padEnd(9)} ${String(weights.length).padStart(5)} ${kb(Math.min(...weights)).padStart(10)} ${kb(Math.max(...weights)).padStart(9)}`,
  );
}
for (const problem of problems) console.error(problem);
process.exit(problems.length > 0 ? 1 : 0);
