import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap lists them. */
export const GET: APIRoute = (context) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', context.site)}\nSitemap: ${new URL('/sitemap-news.xml', context.site)}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
