import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog/build-catalog.ts';
import { categories } from './settings.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let catalog: Promise<Catalog<ArticleEntry>> | undefined;

/**
 * The catalog of the whole site, built on the first call and shared by every page of
 * the build. Drafts appear in `astro dev` only.
 */
export function getCatalog(): Promise<Catalog<ArticleEntry>> {
  catalog ??= getCollection('articles').then((entries) =>
    buildCatalog(entries, categories, { includeDrafts: import.meta.env.DEV }),
  );
  return catalog;
}
