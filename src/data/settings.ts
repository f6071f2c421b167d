/**
 * The newsroom's data files, read once for the whole build. Parsing is shared with the
 * converter (src/lib/settings), so both read the files the same way.
 */
import categoriesYaml from '../../content/categories.yaml?raw';
import siteYaml from '../../content/site.yaml?raw';
import { defaultCategoryOf, parseCategories, parseSite } from '../lib/settings/parse-settings.ts';

export const site = parseSite(siteYaml);
export const categories = parseCategories(categoriesYaml);
defaultCategoryOf(site, categories);
