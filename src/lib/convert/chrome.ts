import type { RawLine } from './lines.ts';

/**
 * A line the old portal printed around every article (rating widget, login timeout, …).
 * Rules are data (`content/chrome.yaml`), so a newsroom can add its own portal's lines.
 */
export interface ChromeRule {
  /** Regular expression tested against the trimmed line, case-insensitively; anchor it with `^…$` to match whole lines. */
  pattern: string;
  /** The line starts the portal's footer: it and every line after it are chrome. */
  endsArticle: boolean;
}

export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

export interface CompiledChrome {
  test(text: string): ChromeRule | undefined;
}

export function compileChrome(rules: readonly ChromeRule[]): CompiledChrome {
  const compiled = rules.map((rule) => ({ rule, regex: new RegExp(rule.pattern, 'iu') }));
  return { test: (text) => compiled.find(({ regex }) => regex.test(text))?.rule };
}

/**
 * Splits the portal's chrome off a dump's lines. A line that starts the footer ends the
 * article only once the article has begun (`begins`, when given: its date line): above it, a heading
 * such as `Tin mới nhất` is the portal's ticker or sidebar, and would otherwise take the
 * whole article with it.
 */
export function dropChrome(
  lines: readonly RawLine[],
  chrome: CompiledChrome,
  begins?: (text: string) => boolean,
): { kept: RawLine[]; dropped: DroppedLine[] } {
  const kept: RawLine[] = [];
  const dropped: DroppedLine[] = [];
  let begun = begins === undefined;
  let inFooter = false;
  for (const line of lines) {
    if (line.text === '') {
      if (!inFooter) kept.push(line);
      continue;
    }
    // A date line the portal's chrome rules drop (a counter beside it, say) still begins the article.
    if (!begun && begins) begun = begins(line.text);
    const rule: ChromeRule | undefined = inFooter ? undefined : chrome.test(line.text);
    if (inFooter || rule) {
      dropped.push({
        line: line.number,
        text: line.text,
        reason: inFooter ? 'chân trang cổng cũ' : 'giao diện cổng cũ',
      });
      inFooter ||= begun && Boolean(rule?.endsArticle);
    } else {
      kept.push(line);
    }
  }
  return { kept, dropped };
}
