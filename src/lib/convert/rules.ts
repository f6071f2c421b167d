import type { Category } from '../article/schema.ts';
import { compileClassifier } from './category.ts';
import { compileChrome, type ChromeRule } from './chrome.ts';
import type { ConvertRules } from './parse.ts';

/** The newsroom's data the converter works from, as read from `content/`. */
export interface ConvertSettings {
  categories: readonly Category[];
  defaultCategory: string;
  chrome: readonly ChromeRule[];
}

/**
 * Compiles the settings once per run: patterns are built here, not per article. `now` is
 * the run's time, against which a publish date in the future is refused.
 */
export function compileRules(settings: ConvertSettings, now: Date): ConvertRules {
  return {
    now,
    defaultCategory: settings.defaultCategory,
    categories: settings.categories,
    chrome: compileChrome(settings.chrome),
    classify: compileClassifier(settings.categories, settings.defaultCategory),
  };
}
