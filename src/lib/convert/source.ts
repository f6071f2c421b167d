import { domainToUnicode } from 'node:url';

/** `Nguồn: baoquankhu7.vn` → the outlet credited at the foot of the article. */
export interface SourceCredit {
  name?: string;
  url?: string;
}

const SOURCE_LINE = /^nguồn\s*:\s*(?<value>.+)$/iu;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/iu;

export function parseSourceLine(line: string): SourceCredit | undefined {
  const value = SOURCE_LINE.exec(line)?.groups?.value?.trim();
  if (!value) return undefined;
  if (/^https?:\/\//iu.test(value) && URL.canParse(value)) {
    return { name: domainToUnicode(new URL(value).hostname).replace(/^www\./u, ''), url: value };
  }
  // A bare domain is how Vietnamese outlets credit each other; it names a real site.
  if (DOMAIN.test(value)) return { name: value, url: `https://${value.toLowerCase()}` };
  return { name: value };
}
