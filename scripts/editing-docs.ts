/**
 * npm run docs — writes docs/editing.md, the editors' guide, from the article schema and
 * `content/`. Run it after changing a field, its description or a category; a unit test
 * fails while the file differs from what this writes.
 */
import { writeFileAtomic } from './lib/files.ts';
import { EDITING_DOCS, renderEditingDocs } from './lib/editing-docs.ts';

writeFileAtomic(EDITING_DOCS, await renderEditingDocs());
console.log(`Đã ghi ${EDITING_DOCS}`);
