import { defineMiddleware } from 'astro:middleware';
import { renderedPages } from './lib/build/rendered-pages.ts';

/**
 * During `astro build`, hands each rendered HTML page to the search index as soon as it
 * exists (src/integrations/pagefind.ts): Pagefind indexes on the second core while Astro
 * renders on the first, instead of re-reading every page from disk once the build is done.
 * The security headers read each page's policy from it too.
 * Outside a build nobody takes them and pages pass through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const takers = renderedPages();
  if (takers.size === 0 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  for (const taker of takers) taker.add(context.url.pathname, html);
  return new Response(html, response);
});
