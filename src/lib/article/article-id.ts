/**
 * The id the content collection gives an article (src/content.config.ts): its file name
 * without `.md`, whatever folder it is in. It is also its address, `/bai-viet/<id>/`.
 */
export function articleIdOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/, '');
}
