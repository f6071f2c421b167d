/** What takes each page the build renders, as it is rendered. */
export interface RenderedPages {
  /** A page as served at `url`: its whole HTML. */
  add(url: string, html: string): void;
  /** Every article page of the build, in the order they will be rendered, told before the first is. */
  expect?(pages: readonly ArticlePage[]): void;
}

/** An article page of the build under way. */
export interface ArticlePage {
  /** Where it is served: `/bai-viet/a/`. */
  url: string;
  /** The number of the search index its article is in (`searchIndexOfArticle`). */
  searchIndex: number;
  /** Whether this build renders it; else the kept site has it as it would be. */
  rendered: boolean;
}

/**
 * The build's middleware runs inside Astro's prerender bundle and the integrations that
 * take its pages (the search index, the security headers) in the config's own module
 * graph: two copies of any shared module, so they meet on a registered symbol of the one
 * global object instead.
 */
const KEY = Symbol.for('tin-tuc-tinh.rendered-pages');
type Holder = { [KEY]?: Set<RenderedPages> };

const takers = () => ((globalThis as Holder)[KEY] ??= new Set());

/** Who takes rendered pages now: the search index and the security headers during `astro build`, nobody otherwise. */
export function renderedPages(): ReadonlySet<RenderedPages> {
  return takers();
}

/** From now on, `taker` gets every page rendered. */
export function takeRenderedPages(taker: RenderedPages): void {
  takers().add(taker);
}

/** From now on, `taker` gets no more pages. */
export function releaseRenderedPages(taker: RenderedPages): void {
  takers().delete(taker);
}

/** Tells whoever takes rendered pages which article pages are coming, and in which order. */
export function announceArticlePages(pages: readonly ArticlePage[]): void {
  for (const taker of takers()) taker.expect?.(pages);
}
