/** An HTML figure as the converter writes one: `<figure>…</figure>`, possibly over several lines. */
export const HTML_FIGURE = /<figure\b[^>]*>[\s\S]*?<\/figure>/gi;

const MEDIA = /<(img|picture|video|iframe|svg|object|embed)\b/i;

/**
 * A figure whose photo the old portal lost, its caption kept (`<figure><figcaption>…`): the
 * reader would see an empty photo frame over words about a photo that is not there.
 */
export function isCaptionOnlyFigure(html: string): boolean {
  return /^\s*<figure\b[\s\S]*<\/figure>\s*$/i.test(html) && !MEDIA.test(html);
}
