import { gzipSync } from 'node:zlib';

/** What an article page may weigh as a CDN sends it, HTML and stylesheets, compressed. */
export const ARTICLE_BUDGET_BYTES = 25 * 1024;

export interface PageWeight {
  /** Bytes as sent compressed (gzip): the page and each stylesheet it links. */
  transferred: number;
  /** `<script>` elements the browser would run (JSON-LD data is not one). */
  scripts: number;
  /** Web fonts declared by the page or its stylesheets. */
  fonts: number;
}

/** Weighs a built page with the text of the stylesheets it links. */
export function weighPage(html: string, stylesheets: readonly string[]): PageWeight {
  const texts = [html, ...stylesheets];
  return {
    transferred: texts.reduce((sum, text) => sum + gzipSync(text).length, 0),
    scripts: [...html.matchAll(/<script\b(?![^>]*type="application\/ld\+json")/g)].length,
    fonts: texts.reduce((sum, text) => sum + (text.match(/@font-face/g)?.length ?? 0), 0),
  };
}

/** The stylesheets a page links, as root-relative addresses. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
}
