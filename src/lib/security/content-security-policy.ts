/** One directive of a Content-Security-Policy: its name, lower-cased as browsers read it, and its values. */
export interface Directive {
  name: string;
  values: string[];
}

/**
 * The Content-Security-Policy of every page, which BaseLayout writes into its `<meta>`:
 * scripts, styles and everything else only from the site itself, photos also as `data:`
 * (the stylesheet draws its icons so), no plugins, no `<base>` and no form to another site.
 * Pagefind compiles its WebAssembly search engine, which is what 'wasm-unsafe-eval' allows,
 * and nothing more. The site writes no script or style into a page (astro.config.mjs), so
 * the policy lists no hashes: those Astro's own `security.csp` listed were of its islands'
 * loaders, which the site never uses, a third of a kilobyte in each of 50 000 pages.
 */
export const PAGE_POLICY = serializePolicy([
  { name: 'default-src', values: ["'self'"] },
  { name: 'img-src', values: ["'self'", 'data:'] },
  { name: 'object-src', values: ["'none'"] },
  { name: 'base-uri', values: ["'self'"] },
  { name: 'form-action', values: ["'self'"] },
  { name: 'script-src', values: ["'self'", "'wasm-unsafe-eval'"] },
  { name: 'style-src', values: ["'self'"] },
]);

/**
 * The directives of a policy, in order. Kept as written otherwise, repeated names
 * included: browsers obey the first and ignore the rest, and a policy rewritten from this
 * list must mean exactly what the original did.
 */
export function parsePolicy(policy: string): Directive[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name !== '')
    .map(([name, ...values]) => ({ name: name!.toLowerCase(), values }));
}

/** A policy in the form headers carry it: `default-src 'self'; img-src 'self' data:`. */
export function serializePolicy(directives: readonly Directive[]): string {
  return directives.map(({ name, values }) => [name, ...values].join(' ')).join('; ');
}

/**
 * The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined when
 * it has none. Only a meta element in the head counts, as in browsers: not one an article's
 * markdown puts in the body, nor text that merely looks like one inside a script, a
 * comment or the title.
 */
export function metaPolicy(html: string): string | undefined {
  const markup = html.replace(
    /<!--[\s\S]*?-->|<(script|style|title|template|textarea|noscript)\b[\s\S]*?<\/\1\s*>/gi,
    '',
  );
  const end = markup.search(/<\/head\b|<body\b/i);
  const head = end === -1 ? markup : markup.slice(0, end);
  const policies = [...head.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => attributesOf(tag))
    .filter((attributes) => attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((attributes) => attributes.get('content') ?? '');
  // A browser enforces each of several policies; one header equal to all of them is
  // possible, but the layout writes one, and a second would be a mistake worth stopping for.
  if (policies.length > 1) throw new Error(`${policies.length} Content-Security-Policy <meta> elements, not one`);
  return policies[0];
}

/**
 * The one policy every page carries in its `<meta>` (page → policy; pages without one are
 * left out). Fails, naming the pages, unless there is exactly one: a single header for
 * every path must be exactly what each page already enforces.
 */
export function agreedPolicy(policies: ReadonlyMap<string, string>): string {
  const pagesByPolicy = new Map<string, string[]>();
  for (const [page, policy] of policies) {
    const key = serializePolicy(parsePolicy(policy));
    pagesByPolicy.set(key, [...(pagesByPolicy.get(key) ?? []), page]);
  }
  const [first, ...others] = pagesByPolicy;
  if (!first) {
    throw new Error(
      'No built page has a Content-Security-Policy <meta>: does src/layouts/BaseLayout.astro still write PAGE_POLICY?',
    );
  }
  if (others.length > 0) {
    const groups = [first, ...others].map(
      ([policy, pages]) =>
        `  ${pages.length} page(s), e.g. ${pages.slice(0, 3).join(', ')}:\n    ${policy || '(an empty policy)'}`,
    );
    throw new Error(
      `The built pages carry ${groups.length} different Content-Security-Policies in their <meta>, so no one header can match them all:\n${groups.join('\n')}`,
    );
  }
  return first[0];
}

/**
 * The header policy for pages whose `<meta>` carries `meta`: the same directives, then
 * `headerOnly`, which browsers ignore in a `<meta>` (`frame-ancestors`…). Browsers enforce
 * both policies: with the meta's own directives the header blocks nothing the page needs,
 * and it is stricter only where a meta cannot be. A directive in both would be two
 * versions of one rule, so it is an error.
 */
export function headerPolicy(meta: string, headerOnly: string): string {
  const directives = parsePolicy(meta);
  const additions = parsePolicy(headerOnly);
  for (const { name } of additions) {
    if (directives.some((directive) => directive.name === name)) {
      throw new Error(`The page policy already has ${name}; a header-only directive must not restate it`);
    }
  }
  return serializePolicy([...directives, ...additions]);
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The attributes of one `<meta>` tag, names lower-cased, values with their character references decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of tag
    .slice('<meta'.length, -1)
    .matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const value = double ?? single ?? bare ?? '';
    attributes.set(
      name!.toLowerCase(),
      value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (entity, decimal, hex, named) =>
        decimal || hex
          ? String.fromCodePoint(Number.parseInt(decimal ?? hex, decimal ? 10 : 16))
          : (ENTITIES[named.toLowerCase()] ?? entity),
      ),
    );
  }
  return attributes;
}
