import { describe, expect, it } from 'vitest';
import {
  codeFingerprint,
  fileOfRoute,
  PageKeys,
  removedRoutes,
  type KeptSite,
} from '../../../src/lib/build/kept-pages.ts';

const kept: KeptSite = {
  code: 'c',
  outDir: '/site',
  keys: { '/bai-viet/a/': 'k1', '/bai-viet/b/': 'k2', '/tin-tuc/1.html': 'k3' },
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('PageKeys', () => {
  it('renders every page when no site is kept', () => {
    const keys = new PageKeys(undefined);
    expect(keys.rendersPage('/bai-viet/a/', 'k1')).toBe(true);
    expect(keys.keptCount).toBe(0);
  });

  it('keeps a page whose key is the kept one, renders a changed or new page, and records every key', () => {
    const keys = new PageKeys(kept);
    expect(keys.rendersPage('/bai-viet/a/', 'k1')).toBe(false);
    expect(keys.rendersPage('/bai-viet/b/', 'changed')).toBe(true);
    expect(keys.rendersPage('/bai-viet/c/', 'k4')).toBe(true);
    expect([...keys.keys]).toEqual([
      ['/bai-viet/a/', 'k1'],
      ['/bai-viet/b/', 'changed'],
      ['/bai-viet/c/', 'k4'],
    ]);
    expect(keys.keptCount).toBe(1);
  });
});

describe('removedRoutes', () => {
  it('lists the kept pages this build has no key for, sorted', () => {
    expect(removedRoutes(kept, new Map([['/bai-viet/b/', 'x']]))).toEqual(['/bai-viet/a/', '/tin-tuc/1.html']);
  });
});

describe('fileOfRoute', () => {
  it('is a folder’s index.html for an address ending in a slash, the file itself otherwise', () => {
    expect(fileOfRoute('/bai-viet/a/')).toBe('bai-viet/a/index.html');
    expect(fileOfRoute('/sitemap-1.xml')).toBe('sitemap-1.xml');
    expect(fileOfRoute('/tin-tuc/bai-1/index.html')).toBe('tin-tuc/bai-1/index.html');
  });
});

describe('codeFingerprint', () => {
  const files: [string, Uint8Array][] = [
    ['src/a.ts', bytes('a')],
    ['content/site.yaml', bytes('name: x')],
  ];

  it('is the same for the same files in any order and the same options', () => {
    expect(codeFingerprint(files, { SITE_PART: '0' })).toBe(codeFingerprint([...files].reverse(), { SITE_PART: '0' }));
  });

  it('changes with a file’s content, a file added, a file renamed, or an option', () => {
    const base = codeFingerprint(files, { SITE_PART: '0' });
    expect(codeFingerprint([files[0]!, ['content/site.yaml', bytes('name: y')]], { SITE_PART: '0' })).not.toBe(base);
    expect(codeFingerprint([...files, ['public/x.svg', bytes('')]], { SITE_PART: '0' })).not.toBe(base);
    expect(codeFingerprint([['src/b.ts', bytes('a')], files[1]!], { SITE_PART: '0' })).not.toBe(base);
    expect(codeFingerprint(files, { SITE_PART: '1' })).not.toBe(base);
    expect(codeFingerprint(files, { SITE_PART: undefined })).not.toBe(base);
  });
});
