import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog/build-catalog.ts';
import { now } from './clock.ts';
import { categories } from './settings.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let catalog: Promise<Catalog<ArticleEntry>> | undefined;

/**
 * The catalog of the whole site, built on the first call and shared by every page of
 * the build: the articles published at the build's time. `astro dev` shows them all,
 * drafts, scheduled and expired ones included.
 */
export function getCatalog(): Promise<Catalog<ArticleEntry>> {
  catalog ??= getCollection('articles').then((entries) =>
    buildCatalog(entries, categories, { preview: import.meta.env.SHOW_UNPUBLISHED, now }),
  );
  return catalog;
}
