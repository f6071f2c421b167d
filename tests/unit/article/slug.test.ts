import { describe, it, expect } from 'vitest';
import { articleSlugOf, MAX_ARTICLE_SLUG_LENGTH, slugOf } from '../../../src/lib/article/slug.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugOf', () => {
  it('turns a Vietnamese title into lower-case ASCII words joined by hyphens', () => {
    expect(slugOf('Tỉnh Bình Phước tổng kết công tác dân vận năm 2018')).toBe(
      'tinh-binh-phuoc-tong-ket-cong-tac-dan-van-nam-2018',
    );
  });

  it('spells đ and Đ as d', () => {
    expect(slugOf('Đường đến Đắk Nông')).toBe('duong-den-dak-nong');
    expect(slugOf('ĐẠI HỘI')).toBe('dai-hoi');
  });

  it('drops & rather than spelling it as a word', () => {
    expect(slugOf('Kinh tế & Xã hội')).toBe('kinh-te-xa-hoi');
  });

  it('drops quotation marks and punctuation', () => {
    expect(slugOf('“Bộ đội Cụ Hồ” – 100%: tổng kết!')).toBe('bo-doi-cu-ho-100-tong-ket');
  });

  it('gives the same slug for composed and decomposed accents', () => {
    const title = 'Thực hiện quy chế dân chủ ở cơ sở';
    expect(slugOf(title.normalize('NFD'))).toBe(slugOf(title.normalize('NFC')));
  });

  it('gives the same slug every time', () => {
    const title = 'Hội nghị sơ kết chương trình phối hợp năm 2019';
    expect(slugOf(title)).toBe(slugOf(title));
  });

  it.each(['Tỉnh ủy', 'Ưu tiên ươm mầm', 'Quốc phòng – An ninh', 'HĐND tỉnh khóa IX, kỳ họp thứ 8', 'Ơn nghĩa'])(
    'makes a URL-safe slug of “%s”',
    (title) => {
      expect(slugOf(title)).toMatch(SLUG);
    },
  );
});

describe('articleSlugOf', () => {
  it('keeps a slug under the cap as it is', () => {
    expect(articleSlugOf('Tỉnh Bình Phước tổng kết công tác dân vận')).toBe(
      slugOf('Tỉnh Bình Phước tổng kết công tác dân vận'),
    );
  });

  it('cuts a long headline after its last whole word within the cap', () => {
    const title = Array.from({ length: 40 }, () => 'xét tuyển').join(' ');
    const slug = articleSlugOf(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_ARTICLE_SLUG_LENGTH);
    expect(slug).toMatch(/^(xet-tuyen-)*xet-tuyen$/);
    expect(slugOf(title).startsWith(`${slug}-`)).toBe(true);
  });

  it('cuts a single word longer than the cap where the cap falls', () => {
    expect(articleSlugOf('1'.repeat(200))).toBe('1'.repeat(MAX_ARTICLE_SLUG_LENGTH));
  });
});
