import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { rendersListings } from '../data/site-part.ts';
import { vi } from '../i18n/vi.ts';
import { cacheKeyOf } from '../lib/build/cache-key.ts';
import { rendersPage } from '../lib/build/kept-pages.ts';
import { redirectFile, redirectPage } from '../lib/site/redirect-page.ts';

/**
 * One page per old address an article lists in `aliases`, written as the very file an
 * old link asks for (`/tin-tuc/bai-123.html`), sending readers on to the article.
 */
export const getStaticPaths = (async () => {
  if (!rendersListings) return [];
  const catalog = await getCatalog();
  return catalog.redirects
    .filter(({ from, to }) => rendersPage(`/${redirectFile(from)}`, cacheKeyOf(to)))
    .map(({ from, to }) => ({ params: { alias: redirectFile(from) }, props: { to } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ to: string }> = (context) =>
  new Response(
    redirectPage(
      { path: context.props.to, url: new URL(context.props.to, context.site).href },
      { title: vi.movedTitle, link: vi.movedLink },
    ),
    { headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
