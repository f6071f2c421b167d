import type { z } from 'astro/zod';
import type { FieldDoc } from '../article/fields.ts';
import { closestMatch } from '../text/edit-distance.ts';
import { CURLY_QUOTES, rewriteDate } from './date-rewrite.ts';
import { FRONT_MATTER, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'nhóm trường (các dòng thụt vào bên dưới)',
  date: 'ngày giờ',
};

function nameOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return `chữ ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'một nhóm trường';
  return String(value);
}

/**
 * Zod's own messages, for the checks the schema words no message of its own for: in
 * Vietnamese, as editors read them. The schema's own messages (dates, slugs) take
 * precedence over these, as zod gives a schema's message first.
 */
export const vietnameseMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu trường bắt buộc';
      if (issue.input === null) return 'đang để trống';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, không phải ${nameOfValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'đang để trống';
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      return issue.inclusive ? `phải từ ${issue.minimum} trở lên` : `phải lớn hơn ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục`;
      return issue.inclusive ? `nhiều nhất là ${issue.maximum}` : `phải nhỏ hơn ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'không phải địa chỉ web';
      return issue.format === 'email' ? 'không phải địa chỉ email' : 'không đúng dạng';
    case 'invalid_value':
      return `phải là một trong: ${issue.values.join(', ')}`;
    case 'invalid_key':
      // The key's own problems, as its schema words them.
      return issue.issues.map((inner) => inner.message).join('; ');
    default:
      return 'giá trị không dùng được';
  }
};

/** The English term an editor can look up, in brackets after the Vietnamese. */
function englishTerm(issue: z.core.$ZodIssue, field: FieldDoc | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : issue.input === null ? 'empty' : `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'empty' : 'too small';
    case 'too_big':
      return 'too big';
    case 'invalid_format':
      return `invalid ${issue.format === 'regex' ? 'format' : issue.format}`;
    case 'invalid_key':
      return 'invalid key';
    default:
      return field?.type.startsWith('ngày giờ') ? 'invalid date' : 'invalid value';
  }
}

/** `chuyên mục "tin-moi" không có (unknown category) — dùng một trong: thoi-su, dan-van, …` */
export function unknownCategory(slug: unknown, slugs: readonly string[]): Pick<Problem, 'what' | 'fix'> {
  return {
    what: `chuyên mục ${JSON.stringify(slug)} không có (unknown category)`,
    fix: `dùng một trong: ${slugs.join(', ')}`,
  };
}

/** `cover.image`: a field as the editor wrote it, list positions left to the line number. */
const fieldName = (path: readonly PropertyKey[]) =>
  path.filter((segment): segment is string => typeof segment === 'string').join('.');

/**
 * Zod's issues for one YAML file as problems, one per issue (one per key for unknown
 * keys), each at the line of the key it is about, and with the field's example, when the
 * schema gives one, as the fix. Parse with {@link vietnameseMessages} and `reportInput`.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  source: YamlSource,
  fields: readonly FieldDoc[] = [],
): Problem[] {
  const docs = new Map(fields.map((field) => [field.path, field]));
  return issues.flatMap((issue): Problem[] => {
    const at = (path: readonly PropertyKey[], parts: Pick<Problem, 'what' | 'fix'>): Problem => ({
      file,
      line: source.lineOf(path),
      field: fieldName(path) || FRONT_MATTER,
      ...parts,
      severity: 'error',
    });
    const name = fieldName(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const prefix = name ? `${name}.` : '';
      const siblings = fields
        .map((field) => field.path)
        .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('.'))
        .map((path) => path.slice(prefix.length));
      return issue.keys.map((key) => {
        const meant = closestMatch(key, siblings);
        const known = siblings.length > 0 ? `; các trường dùng được: ${siblings.join(', ')}` : '';
        return at([...issue.path, key], {
          what: `trường ${JSON.stringify(key)} không có trong mẫu (unknown field)`,
          fix: meant ? `sửa thành ${meant}` : `xóa dòng này${known}`,
        });
      });
    }
    if (issue.code === 'invalid_value' && name === 'category') {
      return [at(issue.path, unknownCategory(issue.input, issue.values.map(String)))];
    }
    const field = docs.get(name);
    const key = name.split('.').at(-1);
    const sample = field?.example && `${key}: ${field.example}`;
    const typed = valueAt(source.data, issue.path);
    const curly = typeof typed === 'string' && CURLY_QUOTES.test(typed) ? ', ngoặc kép cong “ ” (curly quotes)' : '';
    // The editor's own date, in the form the field wants: copied, it is right.
    const rewritten = typeof typed === 'string' && field?.type.startsWith('ngày giờ') ? rewriteDate(typed) : undefined;
    const fix = rewritten
      ? `viết ${key}: "${rewritten}"`
      : issue.code === 'invalid_value'
        ? `dùng một trong: ${issue.values.join(', ')}`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? `thêm dòng ${sample ?? `${key}: …`}`
          : issue.code === 'invalid_key'
            ? 'đổi tên cho đúng dạng'
            : sample
              ? `viết theo mẫu ${sample}`
              : 'sửa giá trị cho đúng';
    return [at(issue.path, { what: `${issue.message} (${englishTerm(issue, field)}${curly})`, fix })];
  });
}

/** The value written at `path` of the parsed YAML, as the editor typed it. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
