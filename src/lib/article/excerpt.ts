/**
 * Shortens text to at most `max` characters at a word boundary, ending with `…`, for
 * meta descriptions: search engines and link previews cut anything longer mid-word.
 */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
