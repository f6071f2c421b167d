import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addHeader, MAX_HEADER_LENGTH, parseHeadersFile } from '../../../src/lib/security/headers-file.ts';

const FILE = `# Security headers
/*
  # HTTPS only
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  X-Content-Type-Options: nosniff

/pagefind/:file
\tCache-Control: public, max-age=60
\t! X-Frame-Options
`;

describe('parseHeadersFile', () => {
  it('reads each path and the headers below it, skipping comments and blank lines', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      {
        pattern: '/*',
        headers: [
          { name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
          { name: 'X-Content-Type-Options', value: 'nosniff' },
        ],
        detached: [],
      },
      {
        pattern: '/pagefind/:file',
        headers: [{ name: 'Cache-Control', value: 'public, max-age=60' }],
        detached: ['X-Frame-Options'],
      },
    ]);
  });

  it('keeps a value with colons whole', () => {
    expect(parseHeadersFile('/*\n  Link: <https://a.example/>; rel=preconnect\n')[0]!.headers).toEqual([
      { name: 'Link', value: '<https://a.example/>; rel=preconnect' },
    ]);
  });

  it.each([
    ['  X-Frame-Options: DENY\n', 'line 1: a header before any path'],
    ['/*\n  nosniff\n', 'line 2: not a header (Name: value)'],
    ['/*\n  X Frame: DENY\n', 'line 2: "X Frame" is not a header name'],
    ['/*\n  X-Frame-Options:\n', 'line 2: a header without a value'],
  ])('fails on a line it cannot read, naming it: %j', (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('addHeader', () => {
  it('adds the header as the last of its rule, indented like the others, and keeps the rest as written', () => {
    const added = addHeader(FILE, '/*', 'Content-Security-Policy', "default-src 'self'");
    expect(added).toBe(FILE.replace('nosniff\n', "nosniff\n  Content-Security-Policy: default-src 'self'\n"));
    expect(parseHeadersFile(added)[0]!.headers.at(-1)).toEqual({
      name: 'Content-Security-Policy',
      value: "default-src 'self'",
    });
  });

  it('follows the rule’s own indentation and the file’s line endings', () => {
    const windows = FILE.replaceAll('\n', '\r\n');
    expect(addHeader(windows, '/pagefind/:file', 'X-Robots-Tag', 'noindex')).toBe(
      windows.replace('! X-Frame-Options\r\n', '! X-Frame-Options\r\n\tX-Robots-Tag: noindex\r\n'),
    );
  });

  it('adds the first header of a rule that has none yet', () => {
    expect(addHeader('/*\n', '/*', 'X-Content-Type-Options', 'nosniff')).toBe(
      '/*\n  X-Content-Type-Options: nosniff\n',
    );
  });

  it('fails when there is no rule for the path', () => {
    expect(() => addHeader(FILE, '/bai-viet/*', 'X-Robots-Tag', 'noindex')).toThrow('no rule for /bai-viet/*');
  });

  it('fails when a rule already sets the header, in any case', () => {
    const file = `${FILE}/tim-kiem/\n  content-security-policy: default-src *\n`;
    expect(() => addHeader(file, '/*', 'Content-Security-Policy', "default-src 'self'")).toThrow(
      'Content-Security-Policy is already set for /tim-kiem/',
    );
  });

  it('fails on a header longer than Cloudflare Pages reads', () => {
    const name = 'Content-Security-Policy';
    const fits = 'a'.repeat(MAX_HEADER_LENGTH - name.length - 2);
    expect(addHeader(FILE, '/*', name, fits)).toContain(fits);
    expect(() => addHeader(FILE, '/*', name, `${fits}a`)).toThrow(`ignores a header over ${MAX_HEADER_LENGTH}`);
  });
});

describe('public/_headers, the newsroom’s file', () => {
  const text = readFileSync('public/_headers', 'utf8');

  it('has one rule, for every path, without the Content-Security-Policy the build adds', () => {
    const rules = parseHeadersFile(text);
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*']);
    expect(rules[0]!.headers.map((header) => header.name.toLowerCase())).not.toContain('content-security-policy');
    expect(() => addHeader(text, '/*', 'Content-Security-Policy', "default-src 'self'")).not.toThrow();
  });
});
