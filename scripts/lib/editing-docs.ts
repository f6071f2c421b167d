import { readFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { editingGuide } from '../../src/lib/docs/editing-guide.ts';

export const EDITING_DOCS = 'docs/editing.md';

/**
 * docs/editing.md as `npm run docs` writes it: the guide made from the schema and
 * `content/`, formatted as Prettier (which the format check runs on docs too) would.
 */
export async function renderEditingDocs(): Promise<string> {
  const [categoriesText, siteText] = await Promise.all([
    readFile('content/categories.yaml', 'utf8'),
    readFile('content/site.yaml', 'utf8'),
  ]);
  const options = await resolveConfig(EDITING_DOCS);
  return format(editingGuide({ categoriesText, siteText }), { ...options, filepath: EDITING_DOCS });
}
