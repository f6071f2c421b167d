/** FNV-1a: a tiny stable hash, so a suffix depends on the raw file's name and nothing else. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The file name (without `.md`) for a new article: its slug, or, when another article
 * already has that name, the slug with a suffix made from the raw file's name alone,
 * so a clash is resolved the same way on every run. `taken` is updated.
 */
export function claimOutputName(slug: string, rawFile: string, taken: Set<string>): string {
  let name = slug;
  if (taken.has(name)) {
    const suffix = fnv1a(rawFile).toString(36).padStart(7, '0');
    name = `${slug}-${suffix}`;
    for (let n = 2; taken.has(name); n++) name = `${slug}-${suffix}-${n}`;
  }
  taken.add(name);
  return name;
}
