import slugify from '@sindresorhus/slugify';

/**
 * `Tỉnh Bình Phước tổng kết…` → `tinh-binh-phuoc-tong-ket…`: ASCII, `đ` → `d`, the same
 * every time for the same title. `&` is dropped rather than spelled as the English "and".
 */
export function slugOf(title: string): string {
  return slugify(title, { customReplacements: [['&', ' ']] });
}
