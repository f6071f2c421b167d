import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { rendersListings } from '../data/site-part.ts';

/**
 * `/_redirects`: the old portal addresses as permanent redirects, in the format Netlify
 * and Cloudflare Pages read (a route, since Astro leaves `_`-files in src/pages alone).
 */
export const getStaticPaths = (() =>
  rendersListings ? [{ params: { file: '_redirects' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { redirects } = await getCatalog();
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return new Response(lines.length > 0 ? `${lines.join('\n')}\n` : '', {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
