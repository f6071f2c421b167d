import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { bodyPhotos } from '../../../src/lib/markdown/body-photos.ts';

/** Markdown through Astro's own Sätteri renderer with the plugin, as the site build runs it. */
async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [bodyPhotos] });
  return (await processor.render(markdown)).code.trim();
}

describe('bodyPhotos', () => {
  it('prints a photo on its own line as a figure captioned by its alt text', async () => {
    await expect(render('![Công nhân hoàn thiện mặt cầu](https://example.org/cau.jpg)')).resolves.toBe(
      '<figure><img src="https://example.org/cau.jpg" alt="Công nhân hoàn thiện mặt cầu"><figcaption>Công nhân hoàn thiện mặt cầu</figcaption></figure>',
    );
  });

  it('prints the title as the credit after the caption, and drops it from the photo', async () => {
    await expect(render('![Mặt cầu](https://example.org/cau.jpg "Ảnh: Hồng Phúc")')).resolves.toBe(
      '<figure><img src="https://example.org/cau.jpg" alt="Mặt cầu"><figcaption>Mặt cầu<span class="photo-credit">Ảnh: Hồng Phúc</span></figcaption></figure>',
    );
  });

  it('makes one figure of each photo written on consecutive lines', async () => {
    const html = await render('![Một](https://example.org/1.jpg)\n![Hai](https://example.org/2.jpg)');
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html).not.toContain('<p>');
  });

  it('keeps a photo without alt text in a figure with no empty caption', async () => {
    await expect(render('![](https://example.org/cau.jpg)')).resolves.toBe(
      '<figure><img src="https://example.org/cau.jpg" alt=""></figure>',
    );
  });

  it('leaves a photo inside a sentence, and paragraphs of text, as they are', async () => {
    await expect(render('Xem ![sơ đồ](https://example.org/so-do.png) bên dưới.\n\nĐoạn văn.')).resolves.toBe(
      '<p>Xem <img src="https://example.org/so-do.png" alt="sơ đồ"> bên dưới.</p>\n<p>Đoạn văn.</p>',
    );
  });

  it("still hands a local photo to Astro's image step inside its figure", async () => {
    const html = await render('![Mặt cầu](./cau.jpg)');
    expect(html).toMatch(
      /^<figure><img __ASTRO_IMAGE_="[^"]*cau\.jpg[^"]*"><figcaption>Mặt cầu<\/figcaption><\/figure>$/,
    );
  });
});

describe('bodyPhotos and figures without a photo', () => {
  it('prints no figure that has a caption and no photo', async () => {
    await expect(
      render('Đoạn một.\n\n<figure><figcaption>Đồng chí kết luận hội nghị</figcaption></figure>\n\nĐoạn hai.'),
    ).resolves.toBe('<p>Đoạn một.</p>\n\n<p>Đoạn hai.</p>');
  });

  it('keeps an HTML figure that has its photo', async () => {
    const figure = '<figure>\n<img src="/anh.jpg" alt="Hội nghị">\n<figcaption>Hội nghị</figcaption>\n</figure>';
    await expect(render(figure)).resolves.toBe(figure);
  });
});
