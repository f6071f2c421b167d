import { describe, expect, it } from 'vitest';
import {
  agreedPolicy,
  headerPolicy,
  metaPolicy,
  parsePolicy,
  serializePolicy,
} from '../../../src/lib/security/content-security-policy.ts';

/** A policy as Astro's own `security.csp` writes it into a page's <meta>, spacing and trailing semicolon included. */
const LOOSE_POLICY =
  "default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";
const HEADER_FORM =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";

function page(head: string, body = '<p>Tin</p>'): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('parsePolicy and serializePolicy', () => {
  it('read a loosely written policy and write it as a header carries it', () => {
    const directives = parsePolicy(LOOSE_POLICY);
    expect(directives[0]).toEqual({ name: 'default-src', values: ["'self'"] });
    expect(directives.map(({ name }) => name)).toEqual([
      'default-src',
      'img-src',
      'object-src',
      'script-src',
      'style-src',
    ]);
    expect(serializePolicy(directives)).toBe(HEADER_FORM);
  });

  it('lower-case directive names, keep values as written, and keep a repeated directive where it was', () => {
    expect(parsePolicy("  Script-Src  'self'   'SHA256-Xy=' ;; script-src *")).toEqual([
      { name: 'script-src', values: ["'self'", "'SHA256-Xy='"] },
      { name: 'script-src', values: ['*'] },
    ]);
    expect(serializePolicy([{ name: 'upgrade-insecure-requests', values: [] }])).toBe('upgrade-insecure-requests');
  });
});

describe('metaPolicy', () => {
  it('reads the policy of a page’s <meta>', () => {
    expect(metaPolicy(page(`<meta http-equiv="content-security-policy" content="${LOOSE_POLICY}">`))).toBe(
      LOOSE_POLICY,
    );
  });

  it('reads any spelling of the element: case, quotes, character references, a self-closing slash', () => {
    expect(
      metaPolicy(page(`<META content='default-src &#39;self&#x27; &amp;' HTTP-EQUIV=Content-Security-Policy />`)),
    ).toBe("default-src 'self' &");
  });

  it('is undefined for a page without one, such as a redirect page', () => {
    expect(metaPolicy(page('<meta http-equiv="refresh" content="0; url=/bai-viet/a/">'))).toBeUndefined();
  });

  it('ignores what only looks like one: in the body, a script, a comment or the title', () => {
    const fake = '<meta http-equiv="content-security-policy" content="default-src *">';
    expect(metaPolicy(page('', fake))).toBeUndefined();
    expect(metaPolicy(page(`<script type="application/ld+json">"${fake}"</script>`))).toBeUndefined();
    expect(metaPolicy(page(`<!-- ${fake} -->`))).toBeUndefined();
    expect(metaPolicy(page(`<title>${fake}</title>`))).toBeUndefined();
  });

  it('still finds the meta after a script that mentions </head> or <body>', () => {
    const html = page(
      `<script type="application/ld+json">{"headline":"</head><body>"}</script><meta http-equiv="content-security-policy" content="default-src 'self'">`,
    );
    expect(metaPolicy(html)).toBe("default-src 'self'");
  });

  it('fails on two, which one header could not stand for without a closer look', () => {
    const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
    expect(() => metaPolicy(page(meta + meta))).toThrow('2 Content-Security-Policy <meta> elements');
  });
});

describe('agreedPolicy', () => {
  it('is the policy every page carries, however each spaces it', () => {
    const policies = new Map([
      ['index.html', LOOSE_POLICY],
      ['tim-kiem/index.html', HEADER_FORM],
    ]);
    expect(agreedPolicy(policies)).toBe(HEADER_FORM);
  });

  it('fails when pages disagree, naming pages of each policy', () => {
    const policies = new Map([
      ['index.html', LOOSE_POLICY],
      ['a/index.html', LOOSE_POLICY],
      ['tim-kiem/index.html', `${LOOSE_POLICY} connect-src 'self'`],
    ]);
    expect(() => agreedPolicy(policies)).toThrow(/2 different Content-Security-Policies/);
    expect(() => agreedPolicy(policies)).toThrow(/2 page\(s\), e\.g\. index\.html, a\/index\.html:/);
    expect(() => agreedPolicy(policies)).toThrow(/1 page\(s\), e\.g\. tim-kiem\/index\.html:\n.*connect-src 'self'/);
  });

  it('fails when no page has one, as when the CSP is switched off', () => {
    expect(() => agreedPolicy(new Map())).toThrow('No built page has a Content-Security-Policy <meta>');
  });
});

describe('headerPolicy', () => {
  it('is the meta policy with the header-only directives after it', () => {
    expect(headerPolicy(LOOSE_POLICY, "frame-ancestors 'none'")).toBe(`${HEADER_FORM}; frame-ancestors 'none'`);
  });

  it('never restates a directive the meta already has', () => {
    expect(() => headerPolicy(`${LOOSE_POLICY} frame-ancestors 'self'`, "frame-ancestors 'none'")).toThrow(
      'already has frame-ancestors',
    );
  });
});
