import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Properties } from 'hast';
import { isCaptionOnlyFigure } from './caption-only-figure.ts';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The class of the photographer's credit inside a body photo's caption. */
export const PHOTO_CREDIT_CLASS = 'photo-credit';

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';
const isImage = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'img';
const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * An editor's `![caption](./photo.jpg "Ảnh: credit")` as a newspaper prints it: the photo in a
 * `<figure>`, the caption under it with the credit after, the caption also the photo's alt text.
 * The markdown title becomes the credit, not a tooltip nobody on a phone can see.
 */
export function photoFigure(image: Element): Element {
  const { title, ...properties } = image.properties;
  const caption = typeof properties.alt === 'string' ? properties.alt.trim() : '';
  const credit = typeof title === 'string' ? title.trim() : '';
  const captionChildren = [
    ...(caption ? [text(caption)] : []),
    ...(credit ? [element('span', { className: [PHOTO_CREDIT_CLASS] }, [text(credit)])] : []),
  ];
  return element('figure', {}, [
    element('img', properties, []),
    ...(captionChildren.length > 0 ? [element('figcaption', {}, captionChildren)] : []),
  ]);
}

/**
 * The figures a paragraph stands for when it holds nothing but photos (one per line, as
 * editors write them), or undefined for a paragraph of text, where a photo stays inline.
 */
export function photoParagraphFigures(paragraph: Element): Element[] | undefined {
  const content = paragraph.children.filter((child) => !isBlank(child));
  if (content.length === 0 || !content.every(isImage)) return undefined;
  return content.map(photoFigure);
}

/**
 * Sätteri (Astro's native markdown renderer) hast plugin for the photos of an article's body.
 * Markdown makes a photo an `<img>` inside a `<p>`, which no caption follows: it becomes a
 * figure, before Astro's own image step, which then still optimises the photo inside it. A
 * figure left with a caption and no photo is not printed: the caption stays in the markdown.
 */
export const bodyPhotos: HastPlugin = {
  name: 'body-photos',
  element: {
    filter: ['p'],
    visit(paragraph, context) {
      const figures = photoParagraphFigures(paragraph as Element);
      if (figures) context.replaceNode(paragraph, figures);
    },
  },
  raw(node, context) {
    if (isCaptionOnlyFigure(node.value)) context.removeNode(node);
  },
};
