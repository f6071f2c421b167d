import { describe, expect, it } from 'vitest';
import { cloudFrontHeadersPolicy } from '../../../src/lib/deploy/cdn-headers.ts';
import {
  IMMUTABLE,
  SHORT,
  isUploaded,
  readRedirects,
  redirectPageKeys,
  storedObject,
} from '../../../src/lib/deploy/s3-objects.ts';
import { parseHeadersFile } from '../../../src/lib/security/headers-file.ts';

describe('storedObject', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', SHORT],
    ['bai-viet/a/index.html', 'text/html; charset=utf-8', SHORT],
    ['rss.xml', 'application/rss+xml; charset=utf-8', SHORT],
    ['chuyen-muc/dan-van/rss.xml', 'application/rss+xml; charset=utf-8', SHORT],
    ['sitemap-index.xml', 'application/xml', SHORT],
    ['robots.txt', 'text/plain; charset=utf-8', SHORT],
    ['_astro/tim-kiem.BhELYFQB.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['_astro/anh.Cx1d2.avif', 'image/avif', IMMUTABLE],
    ['pagefind/pagefind-entry.json', 'application/json', SHORT],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', SHORT],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream', SHORT],
    ['pagefind/pagefind.vi_d1be458255.pf_meta', 'application/octet-stream', IMMUTABLE],
    ['pagefind/index/vi_27c2cc2.pf_index', 'application/octet-stream', IMMUTABLE],
    ['pagefind/fragment/vi_cd53f93.pf_fragment', 'application/octet-stream', IMMUTABLE],
    ['pagefind/filter/vi_31eab46.pf_filter', 'application/octet-stream', IMMUTABLE],
    ['pagefind/result-cards.0a1b2c3d4e5f.json', 'application/json', IMMUTABLE],
    ['pagefind/2015-2018/index/vi_1a2b3c4.pf_index', 'application/octet-stream', IMMUTABLE],
    ['pagefind/2015-2018/pagefind-entry.json', 'application/json', SHORT],
    ['favicon.svg', 'image/svg+xml', SHORT],
  ])('stores %s as %s, %s', (path, contentType, cacheControl) => {
    expect(storedObject(path)).toEqual({ key: path, contentType, cacheControl });
  });

  it('stores an old address as the redirect page it is, whatever its extension', () => {
    const pages = redirectPageKeys(
      readRedirects('/index.php/tin-tuc/a-5.aspx /bai-viet/a/ 301\n/news/123/ /bai-viet/b/ 301\n'),
    );
    expect(pages).toEqual(new Set(['index.php/tin-tuc/a-5.aspx', 'news/123/index.html']));
    expect(storedObject('index.php/tin-tuc/a-5.aspx', pages)).toEqual({
      key: 'index.php/tin-tuc/a-5.aspx',
      contentType: 'text/html; charset=utf-8',
      cacheControl: SHORT,
    });
  });

  it('refuses a file whose type it does not know, naming it', () => {
    expect(() => storedObject('tai-lieu/bao-cao.docx')).toThrow(/^tai-lieu\/bao-cao\.docx: no Content-Type .*"\.docx"/);
  });

  it('leaves the CDN’s _headers and _redirects out of the bucket', () => {
    expect(['_headers', '_redirects', 'index.html', 'a/_headers'].filter(isUploaded)).toEqual([
      'index.html',
      'a/_headers',
    ]);
  });

  it('reads _redirects, and fails on a line it cannot read', () => {
    expect(readRedirects('# cũ\n\n/a.html /bai-viet/a/ 301\n')).toEqual([{ from: '/a.html', to: '/bai-viet/a/' }]);
    expect(() => readRedirects('a.html /bai-viet/a/\n')).toThrow('_redirects: cannot read "a.html /bai-viet/a/"');
  });
});

describe('cloudFrontHeadersPolicy', () => {
  const HEADERS = `/*
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), geolocation=()
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'
`;

  it('maps the security headers to their CloudFront fields and keeps only the header-only part of the CSP', () => {
    const policy = cloudFrontHeadersPolicy(parseHeadersFile(HEADERS), 'tin-tuc');
    expect(policy.SecurityHeadersConfig).toEqual({
      StrictTransportSecurity: {
        Override: true,
        AccessControlMaxAgeSec: 63072000,
        IncludeSubdomains: true,
        Preload: false,
      },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { Override: true, ReferrerPolicy: 'strict-origin-when-cross-origin' },
      FrameOptions: { Override: true, FrameOption: 'DENY' },
      ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: "frame-ancestors 'none'" },
    });
    expect(policy.CustomHeadersConfig).toEqual({
      Quantity: 1,
      Items: [{ Header: 'Permissions-Policy', Value: 'camera=(), geolocation=()', Override: true }],
    });
  });

  it('refuses a rule for another path than /*, which one policy cannot carry', () => {
    const rules = parseHeadersFile(`${HEADERS}/_astro/*\n  Cache-Control: immutable\n`);
    expect(() => cloudFrontHeadersPolicy(rules, 'tin-tuc')).toThrow('the rule for /_astro/* cannot be carried');
  });
});
