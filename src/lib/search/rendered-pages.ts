/** What takes each page the build renders, as it is rendered. */
export interface RenderedPages {
  /** A page as served at `url`: its whole HTML. */
  add(url: string, html: string): void;
}

/**
 * The build's middleware runs inside Astro's prerender bundle and the search integration
 * in the config's own module graph: two copies of any shared module, so they meet on a
 * registered symbol of the one global object instead.
 */
const KEY = Symbol.for('tin-tuc-tinh.rendered-pages');
type Holder = { [KEY]?: RenderedPages | undefined };

/** Who takes rendered pages now: the search index during `astro build`, nobody otherwise. */
export function renderedPages(): RenderedPages | undefined {
  return (globalThis as Holder)[KEY];
}

export function takeRenderedPages(taker: RenderedPages | undefined): void {
  (globalThis as Holder)[KEY] = taker;
}
