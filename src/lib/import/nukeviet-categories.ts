import { toYaml } from '../article/front-matter.ts';
import { slugOf } from '../article/slug.ts';
import { plainText } from './body-html.ts';

/** A row of NukeViet's `_cat` table, as the importer reads it. */
export interface CategoryRow {
  catid: number;
  /** 0 at the top level. */
  parentid: number;
  title: string;
  alias: string;
  description: string;
}

export interface ImportedCategories {
  /** catid → the category's slug here and its alias on the portal (the old addresses use it). */
  byCatid: Map<number, { slug: string; alias: string }>;
  /** Slugs added to `categories.yaml`, in the portal's order. */
  added: string[];
  /** The new text of `categories.yaml`, or `undefined` when nothing was added. */
  text: string | undefined;
}

/**
 * The portal's categories, in its menu order (`_cat.sort`), merged into `categories.yaml`.
 * Each becomes a category of its own, its slug made from its alias; a subcategory records
 * the category it sat under as `parent`, and the site lists them all at one level. A slug
 * the file already declares is that category: the newsroom's entry is kept as it is. New
 * entries are appended, so the file's comments and layout are untouched; a category with
 * no description gets its name as one (the schema needs one).
 */
export function importCategories(
  rows: readonly CategoryRow[],
  existingText: string,
  existingSlugs: readonly string[],
): ImportedCategories {
  const byCatid = new Map<number, { slug: string; alias: string }>();
  const taken = new Set(existingSlugs);
  const ours = new Set<string>();
  for (const row of rows) {
    let slug = slugOf(row.alias) || slugOf(plainText(row.title)) || `chuyen-muc-${row.catid}`;
    // Two of the portal's categories on one slug: the later gets its catid.
    if (ours.has(slug)) slug = `${slug}-${row.catid}`;
    ours.add(slug);
    byCatid.set(row.catid, { slug, alias: row.alias });
  }
  const added: string[] = [];
  const entries: Record<string, { name: string; description: string; parent?: string }> = {};
  for (const row of rows) {
    const { slug } = byCatid.get(row.catid)!;
    if (taken.has(slug)) continue;
    taken.add(slug);
    added.push(slug);
    const name = plainText(row.title) || slug;
    const parent = byCatid.get(row.parentid)?.slug;
    entries[slug] = { name, description: plainText(row.description) || name, ...(parent && { parent }) };
  }
  if (added.length === 0) return { byCatid, added, text: undefined };
  const separator = existingText === '' || existingText.endsWith('\n') ? '' : '\n';
  const heading = '# Nhập từ cơ sở dữ liệu NukeViet (npm run import:nukeviet); parent: chuyên mục cha trên trang cũ.\n';
  return { byCatid, added, text: `${existingText}${separator}${heading}${toYaml(entries)}` };
}
