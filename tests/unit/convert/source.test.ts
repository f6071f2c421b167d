import { describe, it, expect } from 'vitest';
import { isByline, parseCreditLine, parseLabelledCredit, type SourceCredit } from '../../../src/lib/convert/source.ts';

const parseSourceLine = (line: string): SourceCredit | undefined => {
  const credit = parseCreditLine(line);
  return credit && 'source' in credit ? credit.source : undefined;
};

describe('a source line', () => {
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

  it.each([
    ['Nguồn tin: Báo Bình Phước', { name: 'Báo Bình Phước' }],
    ['Theo: https://www.example.vn/a.html', { name: 'example.vn', url: 'https://www.example.vn/a.html' }],
    ['Theo:https://www.example.vn/a.html', { name: 'example.vn', url: 'https://www.example.vn/a.html' }],
    ['Theo baochinhphu.vn', { name: 'baochinhphu.vn', url: 'https://baochinhphu.vn' }],
    ['Theo Báo Nhân Dân', { name: 'Báo Nhân Dân' }],
  ])('reads “%s” as a source credit', (line, expected) => {
    expect(parseSourceLine(line)).toEqual(expected);
  });

  it.each([
    'Nguồn:',
    'Nguồn: ',
    'Nguồn tin cho biết: sáng nay',
    'Bài: Nguồn: x',
    'Theo kế hoạch, UBND tỉnh sẽ triển khai trong tháng tới.',
  ])('does not take “%s” for a source credit', (line) => {
    expect(parseSourceLine(line)).toBeUndefined();
  });
});

describe('a byline', () => {
  it.each(['Tác giả: Minh Anh', 'Bài và ảnh: Minh Anh', 'TÁC GIẢ : Minh Anh'])(
    'reads “%s” as the author Minh Anh',
    (line) => {
      expect(parseCreditLine(line)).toEqual({ author: 'Minh Anh' });
    },
  );

  it.each([
    'Minh Anh',
    'P.V',
    'P.V.',
    'Thu Hòa/VOV4',
    'Minh Anh (tổng hợp)',
    'Minh Anh – Thu Hà',
    'Minh Anh và Thu Hà',
  ])('takes the bare name “%s” on the last line for the author, as printed', (line) => {
    expect(isByline(line)).toBe(true);
    expect(parseCreditLine(line)).toEqual({ author: line });
  });

  it.each([
    'Lễ ký kết',
    'Các đơn vị ký kết chương trình phối hợp',
    'Hội nghị kết thúc.',
    'Ý kiến bạn đọc:',
    'Một Hai Ba Bốn Năm Sáu Bảy Tám Chín',
  ])('does not take “%s” for a name', (line) => {
    expect(isByline(line)).toBe(false);
  });
});

describe('bylines as portals set them', () => {
  it('reads a byline set between dashes as the name alone', () => {
    expect(parseCreditLine('- Hữu Long -')).toEqual({ author: 'Hữu Long' });
    expect(parseCreditLine('– P.V –')).toEqual({ author: 'P.V' });
  });

  it('keeps the workplace in brackets with the name, without checking it as one', () => {
    expect(parseCreditLine('Ngọc Trâm (Trung tâm VH-TT&TT huyện)')).toEqual({
      author: 'Ngọc Trâm (Trung tâm VH-TT&TT huyện)',
    });
    expect(parseCreditLine('Quang Cảnh Hội Nghị (ảnh minh họa)')).toBeUndefined();
  });

  it('reads `Tác giả bài viết:` as the author and a labelled credit as never a byline guess', () => {
    expect(parseCreditLine('Tác giả bài viết: Nguyễn Thị Thu Trang')).toEqual({ author: 'Nguyễn Thị Thu Trang' });
    expect(parseLabelledCredit('Theo: http://a.vn/b.html')).toEqual({
      source: { name: 'a.vn', url: 'http://a.vn/b.html' },
    });
    expect(parseLabelledCredit('Khánh Huy')).toBeUndefined();
  });
});
