import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/lib/check/yaml-source.ts';

const source = (text: string, firstLine?: number) => {
  const read = readYaml('a.yaml', text, firstLine);
  if ('problem' in read) throw new Error(read.problem.what);
  return read.source;
};
const problem = (text: string) => {
  const read = readYaml('a.yaml', text, 10);
  if (!('problem' in read)) throw new Error('no problem');
  return read.problem;
};

describe('readYaml', () => {
  it('names curly quotes when a value opened with one breaks the YAML', () => {
    const found = problem('title: “Hội nghị: tổng kết năm 2018”\ndate: x\n');
    expect(found).toMatchObject({
      line: 10,
      field: 'title',
      what: 'giá trị mở bằng ngoặc kép cong “ (curly quotes): YAML chỉ hiểu ngoặc kép thẳng "',
      fix: 'thay “ ” ở đầu và cuối giá trị bằng " "',
    });
  });

  const text = 'title: "Bài"\ncover:\n  caption: Ảnh\n  image: ./a.jpg\ntags:\n  - a\n  - b\n';

  it('reads the data, an unquoted date staying the text it was typed as', () => {
    expect(source('date: 2019-10-26T19:18:00+07:00\n').data).toEqual({ date: '2019-10-26T19:18:00+07:00' });
  });

  it('finds the line of a key, of a nested key and of a list item, counted from the first line given', () => {
    const yaml = source(text, 2);
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['cover', 'image'])).toBe(5);
    expect(yaml.lineOf(['tags', 1])).toBe(8);
  });

  it('points a field that is not written at its group, or at the first line', () => {
    const yaml = source(text, 2);
    expect(yaml.lineOf(['cover', 'alt'])).toBe(3);
    expect(yaml.lineOf(['summary'])).toBe(2);
    expect(yaml.lineOf([])).toBe(2);
  });

  it('explains a colon in an unquoted value, at its line and field', () => {
    expect(problem('a: 1\ntitle: Hội nghị: tổng kết\n')).toMatchObject({
      file: 'a.yaml',
      line: 11,
      field: 'title',
      what: 'giá trị có dấu hai chấm, hoặc dòng thụt lề sai (YAML syntax error)',
      severity: 'error',
    });
  });

  it('points a quote left open at the line it was opened on, not where the YAML ends', () => {
    expect(problem('title: "Hội nghị\ndate: x\ncategory: y\n')).toMatchObject({
      line: 10,
      field: 'title',
      what: 'thiếu dấu ngoặc đóng (missing closing quote)',
    });
  });

  it('explains a key written twice, a tab as indentation and a line without a colon', () => {
    expect(problem('title: a\ntitle: b\n')).toMatchObject({
      line: 11,
      what: 'trường này được viết hai lần (duplicate key)',
    });
    expect(problem('tags:\n\t- a\n')).toMatchObject({ line: 11, what: 'thụt lề bằng phím Tab (tab indentation)' });
    expect(problem('title: a\nnội dung\n')).toMatchObject({
      line: 11,
      what: 'dòng này thiếu dấu hai chấm (missing colon)',
    });
  });

  it('explains a quote inside a quoted value', () => {
    expect(problem('title: "Ông "A" nói"\n').what).toMatch(/dấu ngoặc kép nằm trong ngoặc kép \(YAML syntax error\)$/);
  });

  it('names other syntax errors as the parser does, in brackets', () => {
    expect(problem('title: [a\n').what).toMatch(/^YAML viết sai \(YAML syntax error: Flow sequence .*\)$/);
  });
});
