import { describe, expect, it } from 'vitest';
import { cloudFrontHeadersPolicy } from '../../../src/lib/deploy/cdn-headers.ts';
import {
  IMMUTABLE,
  SHORT,
  isUploaded,
  planSync,
  redirectsByKey,
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
    ['pagefind/2015-2018/index/vi_1a2b3c4.pf_index', 'application/octet-stream', IMMUTABLE],
    ['pagefind/2015-2018/pagefind-entry.json', 'application/json', SHORT],
    ['favicon.svg', 'image/svg+xml', SHORT],
  ])('stores %s as %s, %s', (path, contentType, cacheControl) => {
    expect(storedObject(path)).toEqual({ key: path, contentType, cacheControl });
  });

  it('stores an old address as the redirect page it is, with where it leads', () => {
    const redirects = redirectsByKey('/index.php/tin-tuc/a-5.aspx /bai-viet/a/ 301\n/news/123/ /bai-viet/b/ 301\n');
    expect(storedObject('index.php/tin-tuc/a-5.aspx', redirects)).toEqual({
      key: 'index.php/tin-tuc/a-5.aspx',
      contentType: 'text/html; charset=utf-8',
      cacheControl: SHORT,
      redirectTo: '/bai-viet/a/',
    });
    expect(storedObject('news/123/index.html', redirects).redirectTo).toBe('/bai-viet/b/');
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
    expect(redirectsByKey('# cũ\n\n/a.html /bai-viet/a/ 301\n')).toEqual(new Map([['a.html', '/bai-viet/a/']]));
    expect(() => redirectsByKey('a.html /bai-viet/a/\n')).toThrow('_redirects: cannot read "a.html /bai-viet/a/"');
  });
});

describe('planSync', () => {
  const local = [
    { key: 'index.html', md5: 'aa' },
    { key: 'bai-viet/a/index.html', md5: 'bb' },
    { key: '_astro/site.X1.css', md5: 'cc' },
    { key: 'pagefind/index/vi_2.pf_index', md5: 'dd' },
  ];

  it('sends every file to an empty bucket, hashed files first', () => {
    expect(planSync(local, [])).toEqual({
      hashed: ['_astro/site.X1.css', 'pagefind/index/vi_2.pf_index'],
      other: ['index.html', 'bai-viet/a/index.html'],
      unchanged: 0,
      remove: [],
    });
  });

  it('compares by digest (the ETag, quoted as S3 lists it), and deletes what the site no longer has', () => {
    const remote = [
      { key: 'index.html', etag: '"AA"' },
      { key: 'bai-viet/a/index.html', etag: '"00"' },
      { key: '_astro/site.X1.css', etag: '"cc"' },
      { key: 'pagefind/index/vi_1.pf_index', etag: '"ee"' },
    ];
    expect(planSync(local, remote)).toEqual({
      hashed: ['pagefind/index/vi_2.pf_index'],
      other: ['bai-viet/a/index.html'],
      unchanged: 2,
      remove: ['pagefind/index/vi_1.pf_index'],
    });
    expect(planSync(local, remote, true).unchanged).toBe(0);
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
