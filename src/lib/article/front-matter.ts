/**
 * Front matter where Astro finds it (the `frontmatterRE` of @astrojs/internal-helpers):
 * at the start of the file, after a byte-order mark or blank lines, between two `---`.
 */
export const FRONT_MATTER_BLOCK = /^(\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

/** A value front matter can hold: what the article schema's input is made of. */
export type FrontMatterValue = string | number | boolean | readonly FrontMatterValue[] | FrontMatterObject;
export interface FrontMatterObject {
  readonly [key: string]: FrontMatterValue | undefined;
}

/**
 * Characters YAML does not allow as they are in a double-quoted scalar, or that a YAML 1.1
 * reader (js-yaml, as Astro and gray-matter use) takes for line breaks: escaped, beyond
 * the C0 controls, quotes and backslashes that JSON escaping already covers.
 */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * Every string double-quoted, so a title such as `2019-10-26`, `yes` or `---` reads back
 * as text in every YAML reader. A JSON string is a valid YAML double-quoted scalar once
 * the few characters above are escaped too.
 */
function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return JSON.stringify(value).replace(YAML_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function lines(value: FrontMatterValue, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []\n';
    return `\n${value.map((item) => `${indent}-${lines(item, `${indent}  `)}`).join('')}`;
  }
  if (typeof value === 'object') return `\n${fields(value as FrontMatterObject, indent)}`;
  return ` ${scalar(value as string | number | boolean)}\n`;
}

function fields(object: FrontMatterObject, indent: string): string {
  return Object.entries(object)
    .filter((entry): entry is [string, FrontMatterValue] => entry[1] !== undefined)
    .map(([key, value]) => `${indent}${key}:${lines(value, `${indent}  `)}`)
    .join('');
}

/**
 * Front matter → YAML, in the field order given. The schema's values are few and plain
 * (strings, numbers, booleans, lists, one level of objects), and writing them directly
 * costs a fraction of a general YAML serialiser: it matters at 10 000 articles a run.
 */
export function toYaml(frontMatter: FrontMatterObject): string {
  return fields(frontMatter, '');
}
