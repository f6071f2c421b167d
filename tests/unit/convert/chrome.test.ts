import { describe, it, expect } from 'vitest';
import { compileChrome, dropChrome, type ChromeRule } from '../../../src/lib/convert/chrome.ts';
import { toLines } from '../../../src/lib/convert/lines.ts';
import { parseChromeRules } from '../../../src/lib/settings/parse-settings.ts';
import { readProjectFile } from '../support/content.ts';

const rules: ChromeRule[] = [
  { pattern: '^Click để đánh giá bài viết$', endsArticle: false },
  { pattern: '^Tổng số điểm của bài viết là:? .*đánh giá$', endsArticle: true },
];
const chrome = compileChrome(rules);

describe('compileChrome', () => {
  it('finds the rule a line matches', () => {
    expect(chrome.test('Click để đánh giá bài viết')).toBe(rules[0]);
    expect(chrome.test('Tổng số điểm của bài viết là: 4 trong 1 đánh giá')).toBe(rules[1]);
  });

  it('matches without regard to case, Vietnamese capitals included', () => {
    expect(chrome.test('CLICK ĐỂ ĐÁNH GIÁ BÀI VIẾT')).toBe(rules[0]);
  });

  it('does not match article text', () => {
    expect(chrome.test('Bạn đọc có thể click để đánh giá bài viết này.')).toBeUndefined();
  });
});

describe('dropChrome', () => {
  it('drops a chrome line in the middle and keeps the text around it', () => {
    const { kept, dropped } = dropChrome(toLines('Một.\nClick để đánh giá bài viết\nHai.'), chrome);
    expect(kept.map((line) => line.text)).toEqual(['Một.', 'Hai.']);
    expect(dropped).toEqual([{ line: 2, text: 'Click để đánh giá bài viết', reason: expect.any(String) }]);
  });

  it('drops the footer line and every line after it, whatever they say', () => {
    const text = 'Một.\n\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\n\nBài viết liên quan\nHai.';
    const { kept, dropped } = dropChrome(toLines(text), chrome);
    expect(kept.map((line) => line.text)).toEqual(['Một.', '']);
    expect(dropped.map(({ line, text: dropText }) => [line, dropText])).toEqual([
      [3, 'Tổng số điểm của bài viết là: 0 trong 0 đánh giá'],
      [5, 'Bài viết liên quan'],
      [6, 'Hai.'],
    ]);
  });

  it('gives footer lines a different reason from chrome lines', () => {
    const { dropped } = dropChrome(
      toLines('Click để đánh giá bài viết\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\nSau.'),
      chrome,
    );
    expect(dropped).toHaveLength(3);
    expect(dropped[0]!.reason).toBe(dropped[1]!.reason);
    expect(dropped[2]!.reason).not.toBe(dropped[1]!.reason);
  });

  it('ends the article at a footer line only once the article has begun', () => {
    const text =
      'Tổng số điểm của bài viết là: 0 trong 0 đánh giá\nNgày 1/1\nMột.\nTổng số điểm của bài viết là: 4 trong 1 đánh giá\nHai.';
    const { kept, dropped } = dropChrome(toLines(text), chrome, (line) => line.startsWith('Ngày '));
    expect(kept.map((line) => line.text)).toEqual(['Ngày 1/1', 'Một.']);
    expect(dropped.map((line) => line.line)).toEqual([1, 4, 5]);
  });

  it('keeps everything when no line is chrome', () => {
    const lines = toLines('Một.\n\nHai.');
    expect(dropChrome(lines, chrome)).toEqual({ kept: lines, dropped: [] });
  });

  it('drops the portal’s lines with the rules in content/chrome.yaml', () => {
    const rulesFromContent = compileChrome(parseChromeRules(readProjectFile('content/chrome.yaml')));
    const text = [
      'Bài.',
      'Tổng số điểm của bài viết là: 0 trong 0 đánh giá',
      'Click để đánh giá bài viết',
      'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
    ].join('\n');
    const { kept, dropped } = dropChrome(toLines(text), rulesFromContent);
    expect(kept.map((line) => line.text)).toEqual(['Bài.']);
    expect(dropped.map((entry) => entry.line)).toEqual([2, 3, 4]);
    expect(rulesFromContent.test('Click để đánh giá bài viết')).toBeDefined();
    expect(
      rulesFromContent.test(
        'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
      ),
    ).toBeDefined();
  });
});
