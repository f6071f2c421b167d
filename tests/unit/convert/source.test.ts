import { describe, it, expect } from 'vitest';
import { parseSourceLine } from '../../../src/lib/convert/source.ts';

describe('parseSourceLine', () => {
  it('credits a bare domain by name, with an https link to it', () => {
    expect(parseSourceLine('Nguồn: baoquankhu7.vn')).toEqual({ name: 'baoquankhu7.vn', url: 'https://baoquankhu7.vn' });
  });

  it('keeps the domain as credited but lower-cases its link', () => {
    expect(parseSourceLine('Nguồn: BaoBinhPhuoc.com.VN')).toEqual({
      name: 'BaoBinhPhuoc.com.VN',
      url: 'https://baobinhphuoc.com.vn',
    });
  });

  it('names a source given as a URL by its host without www, and keeps the URL', () => {
    expect(parseSourceLine('Nguồn: https://www.example.vn/bai-1.html')).toEqual({
      name: 'example.vn',
      url: 'https://www.example.vn/bai-1.html',
    });
  });

  it('names a source on a Vietnamese-script domain as credited, not in punycode', () => {
    expect(parseSourceLine('Nguồn: https://bình-phước.vn/bai-1')).toEqual({
      name: 'bình-phước.vn',
      url: 'https://bình-phước.vn/bai-1',
    });
  });

  it('keeps an http URL as it is', () => {
    expect(parseSourceLine('Nguồn: http://example.vn/a?b=1')).toEqual({
      name: 'example.vn',
      url: 'http://example.vn/a?b=1',
    });
  });

  it('credits a newspaper named in words by name only', () => {
    expect(parseSourceLine('Nguồn: Báo Bình Phước')).toEqual({ name: 'Báo Bình Phước' });
  });

  it('never makes a link of a javascript: URL', () => {
    expect(parseSourceLine('Nguồn: javascript:alert(1)')).toEqual({ name: 'javascript:alert(1)' });
  });

  it('reads the label whatever its case and spacing', () => {
    expect(parseSourceLine('NGUỒN : Báo Bình Phước')).toEqual({ name: 'Báo Bình Phước' });
    expect(parseSourceLine('nguồn:Báo Bình Phước')).toEqual({ name: 'Báo Bình Phước' });
  });

  it.each(['Nguồn:', 'Nguồn: ', 'Theo baoquankhu7.vn', 'Nguồn tin cho biết: sáng nay', 'Bài: Nguồn: x'])(
    'does not take “%s” for a source credit',
    (line) => {
      expect(parseSourceLine(line)).toBeUndefined();
    },
  );
});
