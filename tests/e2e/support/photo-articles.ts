import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** The shapes of photo a newsroom gets: landscape from a camera, portrait from a phone, a small one from an old portal. */
const SHAPES = [
  { width: 1200, height: 750 },
  { width: 600, height: 800 },
  { width: 900, height: 600 },
  { width: 320, height: 200 },
] as const;

const CATEGORIES = ['kinh-te', 'van-hoa', 'thoi-su'] as const;
/** Every article is in this topic, so its pages list them all. */
export const TOPIC = { name: 'cầu đường', slug: 'cau-duong' };

export interface PhotoArticle {
  slug: string;
  category: (typeof CATEGORIES)[number];
  /** Whether it has a cover photo; every fourth has none, and one of those a photo in its body. */
  hasCover: boolean;
}

/**
 * A real JPEG of a made-up scene (sky, sun, fields, a road), its colours drawn from `seed`,
 * so every article's thumbnail differs and a screenshot shows which is which.
 */
export function scenePhoto(seed: number, width: number, height: number): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 300 200" preserveAspectRatio="none">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${hue},60%,55%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,85%)"/>
  </linearGradient></defs>
  <rect width="300" height="200" fill="url(#sky)"/>
  <circle cx="${60 + (seed % 5) * 40}" cy="55" r="22" fill="hsl(${(hue + 180) % 360},90%,70%)"/>
  <path d="M0 120 Q75 ${95 + (seed % 3) * 10} 150 120 T300 115 V200 H0Z" fill="hsl(${(hue + 90) % 360},45%,38%)"/>
  <path d="M130 200 L160 122 L170 122 L210 200Z" fill="hsl(30,10%,30%)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/**
 * Writes `count` articles into `dir`, newest first a day apart from 7 December 2026, in three
 * categories and one topic; three in four with a cover photo of varied shape next to them.
 */
export async function writePhotoArticles(dir: string, count: number): Promise<PhotoArticle[]> {
  await mkdir(dir, { recursive: true });
  const articles: PhotoArticle[] = [];
  for (let n = 0; n < count; n++) {
    const slug = `bai-anh-${n + 1}`;
    const category = CATEGORIES[n % CATEGORIES.length]!;
    const hasCover = n % 4 !== 3;
    const date = new Date(Date.UTC(2026, 11, 7, 1) - n * 86_400_000).toISOString().slice(0, 10);
    const shape = SHAPES[n % SHAPES.length]!;
    if (hasCover) await writeFile(join(dir, `${slug}.jpg`), await scenePhoto(n, shape.width, shape.height));
    // An article without a cover may still have a photo in its body: not a thumbnail for it.
    const bodyPhoto = !hasCover && n === 3;
    if (bodyPhoto) await writeFile(join(dir, `${slug}-trong-bai.jpg`), await scenePhoto(n + 100, 1200, 800));
    await writeFile(
      join(dir, `${slug}.md`),
      `---
title: "Bài ảnh số ${n + 1}: khánh thành công trình giao thông nông thôn ở huyện Bù Đăng"
date: "${date}T08:00:00+07:00"
category: "${category}"
tags:
  - "${TOPIC.name}"
summary: "Sapo bài số ${n + 1}: người dân góp công, góp đất làm đường bê tông, cầu dân sinh, giúp việc đi lại và vận chuyển nông sản thuận lợi hơn."
${hasCover ? `cover:\n  caption: "Công trình số ${n + 1} sau ngày khánh thành"\n  image: "./${slug}.jpg"\n` : ''}---

Con đường dài 2 km được bê tông hóa sau ba tháng thi công.
${bodyPhoto ? `\n![Người dân trên con đường mới](./${slug}-trong-bai.jpg)\n` : ''}`,
    );
    articles.push({ slug, category, hasCover });
  }
  return articles;
}
