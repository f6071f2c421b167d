/**
 * The `_headers` file Cloudflare Pages and Netlify read from the published folder: a path
 * pattern at the start of a line, then its headers indented below it, `Name: value`
 * (Cloudflare also takes `! Name` to drop a header another rule set); `#` starts a comment.
 */
export interface HeaderRule {
  /** `/*`, `/bai-viet/:slug/`…: `*` matches anything, `:name` one path segment. */
  pattern: string;
  headers: { name: string; value: string }[];
  /** Names after `!`: headers removed from what earlier matching rules set. */
  detached: string[];
}

/** Cloudflare Pages ignores a header longer than this (name, colon and value). */
export const MAX_HEADER_LENGTH = 2000;

/** The rules of a `_headers` file, in order. Fails on a line it cannot read, naming it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  return readRules(text.split(/\r?\n/)).map(({ rule }) => rule);
}

/**
 * `text` with the header `name: value` added as the last line of the rule for `pattern`,
 * everything else kept as written. Fails when there is no such rule, when a rule already
 * sets `name` (CDNs join the values of every matching rule: there would be two), or when
 * the header is too long for Cloudflare Pages.
 */
export function addHeader(text: string, pattern: string, name: string, value: string): string {
  const lines = text.split(/\r?\n/);
  const rules = readRules(lines);
  const target = rules.find(({ rule }) => rule.pattern === pattern);
  if (!target) throw new Error(`There is no rule for ${pattern} to add ${name} to`);
  const setBy = rules.find(({ rule }) =>
    rule.headers.some((header) => header.name.toLowerCase() === name.toLowerCase()),
  );
  if (setBy) throw new Error(`${name} is already set for ${setBy.rule.pattern}`);
  const header = `${name}: ${value}`;
  if (header.length > MAX_HEADER_LENGTH) {
    throw new Error(
      `${name} is ${header.length} characters long; Cloudflare Pages ignores a header over ${MAX_HEADER_LENGTH}`,
    );
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return [...lines.slice(0, target.end), target.indent + header, ...lines.slice(target.end)].join(eol);
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A rule, where its lines end (the index of the line after its last header) and how its headers are indented. */
interface ReadRule {
  rule: HeaderRule;
  end: number;
  indent: string;
}

function readRules(lines: readonly string[]): ReadRule[] {
  const rules: ReadRule[] = [];
  lines.forEach((line, at) => {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) return;
    const fail = (why: string) => {
      throw new Error(`_headers line ${at + 1}: ${why}: ${content}`);
    };
    if (!/^\s/.test(line)) {
      rules.push({ rule: { pattern: content, headers: [], detached: [] }, end: at + 1, indent: '  ' });
      return;
    }
    const current = rules.at(-1);
    if (!current) return fail('a header before any path');
    const detached = /^!\s*(.*)$/.exec(content);
    const colon = content.indexOf(':');
    if (!detached && colon === -1) return fail('not a header (Name: value)');
    const name = detached ? detached[1]! : content.slice(0, colon).trim();
    if (!HEADER_NAME.test(name)) return fail(`"${name}" is not a header name`);
    const value = content.slice(colon + 1).trim();
    if (detached) current.rule.detached.push(name);
    else if (value === '') return fail('a header without a value');
    else current.rule.headers.push({ name, value });
    current.end = at + 1;
    current.indent = /^\s*/.exec(line)![0];
  });
  return rules;
}
