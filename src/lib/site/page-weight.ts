import { gzipSync } from 'node:zlib';

/** What an article page may weigh as a CDN sends it, HTML, stylesheets and script, compressed. */
export const ARTICLE_BUDGET_BYTES = 25 * 1024;
/** What the one script an article page runs, the share buttons' module, may weigh compressed. */
export const ARTICLE_SCRIPT_BUDGET_BYTES = 1024;

/** A `<script>` element the browser would run (JSON-LD data is not one). */
export interface PageScript {
  module: boolean;
  /** The address of its file; absent when its code is written in the page. */
  src: string | undefined;
  /** Its code as sent compressed (gzip), from the page or its file; 0 for another site's file. */
  bytes: number;
}

export interface PageWeight {
  /** Bytes as sent compressed (gzip): the page and each stylesheet and script file of the site it loads. */
  transferred: number;
  /**
   * Bytes a returning reader downloads (gzip): the page alone, its stylesheet and script
   * files being named by their content's hash and kept by the browser.
   */
  returning: number;
  /** The page's own bytes, uncompressed: what every page adds to the site's size. */
  htmlBytes: number;
  scripts: PageScript[];
  /** Web fonts declared by the page or its stylesheets. */
  fonts: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SRC = /\ssrc="([^"]+)"/;

/** A root-relative address: a file of this site, not of another. */
const isOwnFile = (src: string) => src.startsWith('/') && !src.startsWith('//');

/**
 * Weighs a built page with the text of the stylesheets it links and of the script files
 * it loads, each in the order that `linkedStylesheets` and `linkedScripts` list them.
 */
export function weighPage(
  html: string,
  stylesheets: readonly string[],
  scriptFiles: readonly string[] = [],
): PageWeight {
  const files = scriptFiles.values();
  const scripts = [...html.matchAll(SCRIPT)]
    .filter(([, attributes]) => !/\stype="application\/ld\+json"/.test(attributes!))
    .map(([, attributes, code]): PageScript => {
      const src = SRC.exec(attributes!)?.[1];
      const text = src === undefined ? code! : isOwnFile(src) ? files.next().value : undefined;
      return {
        module: /\stype="module"/.test(attributes!),
        src,
        bytes: text === undefined ? 0 : gzipSync(text).length,
      };
    });
  const texts = [html, ...stylesheets];
  return {
    transferred:
      texts.reduce((sum, text) => sum + gzipSync(text).length, 0) +
      scripts.reduce((sum, script) => sum + (script.src === undefined ? 0 : script.bytes), 0),
    returning: gzipSync(html).length,
    htmlBytes: Buffer.byteLength(html),
    scripts,
    fonts: texts.reduce((sum, text) => sum + (text.match(/@font-face/g)?.length ?? 0), 0),
  };
}

/** The stylesheets a page links, as root-relative addresses. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
}

/** The script files of the site itself that a page loads, as root-relative addresses. */
export function linkedScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].flatMap(([, attributes]) => {
    const src = SRC.exec(attributes!)?.[1];
    return src !== undefined && isOwnFile(src) ? [src] : [];
  });
}

/**
 * What breaks an article page's budget, one sentence each; none when it keeps it. An
 * article page is read, not used: it runs no script but the share buttons' module, which
 * Astro bundles from src/client/share.ts and writes into the page while it is under Vite's
 * `build.assetsInlineLimit`, else into a file of `/_astro/`.
 */
export function articleBudgetProblems(weight: PageWeight): string[] {
  const problems: string[] = [];
  if (weight.transferred > ARTICLE_BUDGET_BYTES) problems.push(`${weight.transferred} B > ${ARTICLE_BUDGET_BYTES} B`);
  if (weight.scripts.length > 1)
    problems.push(`${weight.scripts.length} scripts; article pages run one, the share buttons' module`);
  for (const script of weight.scripts) {
    const name = script.src ?? 'inline script';
    if (!script.module) problems.push(`${name}: a classic script; the share buttons' is a module`);
    if (script.src !== undefined && !/^\/_astro\/[^/]+\.js$/.test(script.src))
      problems.push(`${name}: not a file of the site's own bundle (/_astro/)`);
    if (script.bytes > ARTICLE_SCRIPT_BUDGET_BYTES)
      problems.push(`${name}: ${script.bytes} B > ${ARTICLE_SCRIPT_BUDGET_BYTES} B`);
  }
  if (weight.fonts > 0) problems.push(`${weight.fonts} web font(s); the site uses system fonts`);
  return problems;
}
