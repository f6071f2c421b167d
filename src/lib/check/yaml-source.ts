import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Scalar, type YAMLError } from 'yaml';
import { FRONT_MATTER, type Problem } from './problem.ts';

/** A key of a YAML map or an index of a YAML list, as zod reports a path. */
export type FieldPath = readonly PropertyKey[];

/** Parsed YAML that can say on which line of the file each field was written. */
export interface YamlSource {
  data: unknown;
  /**
   * The line of the key at `path` (of the item, in a list). For a field that is not
   * written, the line of the nearest enclosing key, or the document's first line.
   */
  lineOf(path: FieldPath): number;
}

/** `title: “…` or `- ‘…`: a value that starts with a curly quote. */
const CURLY_OPENING = /^\s*(?:-\s+|[A-Za-z][\w-]*\s*:\s+)[“‘]/;

/**
 * What a YAML syntax error means for someone typing front matter by hand, by the parser's
 * error code. Anything else is named as the parser names it, in brackets.
 */
function explain(error: YAMLError): Pick<Problem, 'what' | 'fix'> {
  const quote = 'đặt giá trị trong ngoặc kép, ví dụ title: "Hội nghị: tổng kết năm 2018"';
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return { what: 'trường này được viết hai lần (duplicate key)', fix: 'xóa một trong hai dòng' };
    case 'TAB_AS_INDENT':
      return { what: 'thụt lề bằng phím Tab (tab indentation)', fix: 'thay Tab bằng dấu cách' };
    case 'MISSING_CHAR':
      return /quote/.test(error.message)
        ? { what: 'thiếu dấu ngoặc đóng (missing closing quote)', fix: 'thêm dấu ngoặc kép " ở cuối giá trị' }
        : { what: 'dòng này thiếu dấu hai chấm (missing colon)', fix: 'viết tên trường, dấu hai chấm, rồi giá trị' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        what: 'giá trị có dấu hai chấm, hoặc dòng thụt lề sai (YAML syntax error)',
        fix: `${quote}; mỗi trường một dòng, sát lề trái`,
      };
    case 'UNEXPECTED_TOKEN':
      return {
        what: 'có chữ thừa sau giá trị, thường là dấu ngoặc kép nằm trong ngoặc kép (YAML syntax error)',
        fix: 'trong giá trị, dùng ngoặc kép cong “ ” hoặc viết \\" thay cho "',
      };
    default:
      return {
        what: `YAML viết sai (YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`,
        fix: `mỗi dòng là tên: giá trị; ${quote}`,
      };
  }
}

/**
 * Parses YAML that starts on line `firstLine` of `file`: the data and where each field
 * is, or the first syntax error as a problem (the later ones mostly follow from it).
 * YAML 1.2 as the `yaml` package reads it: an unquoted date stays the text it was typed
 * as, so the schema checks that it has its UTC offset (Astro's reader would take a date
 * without one as UTC and say nothing).
 */
export function readYaml(file: string, text: string, firstLine = 1): { source: YamlSource } | { problem: Problem } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;

  const [error] = document.errors;
  if (error) {
    // A quote left open runs to the end of the YAML: the line where it was opened is the one to fix.
    let offset = error.pos[0];
    visit(document, {
      Scalar(_, node: Scalar) {
        const open = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        if (error.code === 'MISSING_CHAR' && open && node.range?.[1] === error.pos[0]) offset = node.range[0];
      },
    });
    const line = lineAt(offset);
    const lineText = text.split('\n')[line - firstLine] ?? '';
    const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(lineText)?.[1];
    // A value opened with a curly quote is no quoted value to YAML, so a colon inside it breaks the line.
    const explained = CURLY_OPENING.test(lineText)
      ? {
          what: 'giá trị mở bằng ngoặc kép cong “ (curly quotes): YAML chỉ hiểu ngoặc kép thẳng "',
          fix: 'thay “ ” ở đầu và cuối giá trị bằng " "',
        }
      : explain(error);
    return { problem: { file, line, field: key ?? FRONT_MATTER, ...explained, severity: 'error' } };
  }

  return {
    source: {
      data: document.toJS(),
      lineOf(path) {
        let node: unknown = document.contents;
        let line = firstLine;
        for (const segment of path) {
          const next = isMap(node)
            ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))
            : isSeq(node) && typeof segment === 'number'
              ? node.items[segment]
              : undefined;
          if (!next) break;
          // A map's field is where its key is written; a list's item, where the item is.
          const [start] = (isPair(next) ? (next.key as Scalar) : (next as Scalar)).range!;
          line = lineAt(start);
          node = isPair(next) ? next.value : next;
        }
        return line;
      },
    },
  };
}
