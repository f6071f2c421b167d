/**
 * The sizes of the cover thumbnails in lists of articles, in one place so the stylesheet's
 * boxes, the `sizes` attributes and the files made for them agree. Every thumbnail is cut to
 * 3:2, whatever the photo's shape, so a list's rows line up and the box is known before
 * the file arrives.
 */
export const THUMBNAIL = {
  /**
   * Beside a title in a list: 7.5rem wide on a phone, 10rem from 48rem up (see
   * `.thumbnail` in global.css): 120 px for a phone at 1×, 240 for a phone at 2× and a
   * desktop at 1×, 360 for a phone at 3× and a desktop at 2×.
   */
  list: {
    width: 240,
    height: 160,
    widths: [120, 240, 360],
    sizes: '(min-width: 48rem) 10rem, 7.5rem',
  },
  /**
   * The lead story's picture: the phone's screen less the page's and the block's padding
   * (318 px on a 390 px phone), half the block beside the headline on a desktop (528 px at
   * most): 360, 720 and 1080 px cover both at 1× to 3×.
   */
  lead: {
    width: 720,
    height: 480,
    widths: [360, 720, 1080],
    sizes: '(min-width: 72rem) 33rem, (min-width: 48rem) calc(50vw - 3rem), calc(100vw - 4.5rem)',
  },
  /**
   * In the search page's results, one file at 2× of a 7.5rem box: one short URL in the index.
   * One of the lists' widths at their shape, so it is a file the build makes anyway.
   */
  result: { width: 240, height: 160 },
} as const;
