import { describe, it, expect } from 'vitest';
import { parseArticle, type ParseResult } from '../../../src/lib/convert/parse.ts';
import { loadContentRules } from '../support/content.ts';

const rules = loadContentRules();
const NBSP = '\u00a0';
const TITLE = 'Hội nghị tổng kết năm';
const DATELINE = 'Thứ bảy - 26/10/2019 19:18 386 0';

const dump = (...lines: string[]) => lines.join('\n');
const parse = (text: string, file = 'bai.txt') => parseArticle(text, file, rules);

function converted(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the dump to convert, got ${JSON.stringify(result.errors)}`);
  return result;
}

function errors(result: ParseResult) {
  if (result.ok) throw new Error('expected the dump to be refused');
  return result.errors;
}

describe('dumps no honest article can be made of', () => {
  it('refuses a dump with no dateline, saying the dateline is missing', () => {
    const problems = errors(parse(dump(TITLE, 'Một đoạn văn.', 'Đoạn hai.')));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('dateline');
  });

  it('refuses a dateline with an impossible date, naming the date and its line', () => {
    const problems = errors(parse(dump(TITLE, '', 'Thứ bảy - 31/02/2019 19:18 1 0', 'Đoạn.')));
    expect(problems).toEqual([{ line: 3, message: expect.stringContaining('31/02/2019') }]);
  });

  it('refuses a dateline with an impossible time, naming the time and its line', () => {
    const problems = errors(parse(dump(TITLE, 'Thứ bảy - 26/10/2019 25:61', 'Đoạn.')));
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('25:61') }]);
  });

  it('refuses an empty file', () => {
    expect(errors(parse(''))).toHaveLength(1);
  });

  it('refuses a file of blank lines and no-break spaces', () => {
    expect(errors(parse(`  \n${NBSP}\n\t\n\r\n`))).toHaveLength(1);
  });

  it('refuses a dump with only a title and a dateline, pointing at the title', () => {
    const problems = errors(parse(dump(TITLE, DATELINE, '', '')));
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('chỉ có tiêu đề và ngày đăng') }]);
  });

  it('refuses a dump whose only text after the dateline is a photo caption', () => {
    expect(errors(parse(dump(TITLE, DATELINE, 'Ảnh hội nghị', 'Ảnh hội nghị')))).toEqual([
      { line: 1, message: expect.stringContaining('chỉ có chú thích ảnh') },
    ]);
  });

  it('does not take a date deep in the story for the dateline', () => {
    const text = dump(TITLE, 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.', 'Thứ bảy - 26/10/2019 19:18', 'Đoạn bốn.');
    expect(errors(parse(text))[0]!.message).toContain('dateline');
  });
});

describe('the dateline', () => {
  it('converts an article whose weekday contradicts its date, keeping the date and warning on the dateline’s line', () => {
    const result = converted(parse(dump(TITLE, 'Thứ hai - 26/10/2019 19:18', 'Đoạn.')));
    expect(result.article.frontMatter.date).toBe('2019-10-26T19:18:00+07:00');
    expect(result.warnings).toEqual([{ line: 2, message: expect.any(String) }]);
  });

  it('does not warn when the weekday matches the date', () => {
    expect(converted(parse(dump(TITLE, DATELINE, 'Đoạn.'))).warnings).toEqual([]);
  });

  it('leaves the counters out of the legacy record when the dateline has none', () => {
    const result = converted(parse(dump(TITLE, 'Thứ bảy - 26/10/2019 19:18', 'Đoạn.'), 'khong-dem.txt'));
    expect(result.article.frontMatter.legacy).toStrictEqual({ file: 'khong-dem.txt' });
    expect(Object.keys(result.article.frontMatter.legacy!)).toEqual(['file']);
  });

  it('keeps counters of zero', () => {
    const result = converted(parse(dump(TITLE, 'Thứ bảy - 26/10/2019 19:18 0 0', 'Đoạn.')));
    expect(result.article.frontMatter.legacy).toEqual({ views: 0, comments: 0, file: 'bai.txt' });
  });

  it('reads `Thứ 7` as Saturday', () => {
    const result = converted(parse(dump(TITLE, 'Thứ 7 - 26/10/2019 19:18', 'Đoạn.')));
    expect(result.warnings).toEqual([]);
    expect(result.article.frontMatter.date).toBe('2019-10-26T19:18:00+07:00');
  });

  it('reads `Chủ nhật` as Sunday', () => {
    const result = converted(parse(dump(TITLE, 'Chủ nhật - 27/10/2019 07:05', 'Đoạn.')));
    expect(result.warnings).toEqual([]);
    expect(result.article.frontMatter.date).toBe('2019-10-27T07:05:00+07:00');
  });

  it('finds the dateline after a blank line under the title', () => {
    const result = converted(parse(dump('', TITLE, '', '', DATELINE, '', 'Đoạn.')));
    expect(result.article.frontMatter.title).toBe(TITLE);
    expect(result.article.frontMatter.summary).toBe('Đoạn.');
  });
});

describe('the text of the dump', () => {
  it('converts a 12 MB dump whole, every paragraph kept', () => {
    const paragraph =
      'Năm 2024, tỉnh Bình Phước tiếp tục đẩy mạnh công tác dân vận ở cơ sở, gắn với phát triển kinh tế.';
    const count = Math.ceil(12_000_000 / (paragraph.length + 2));
    const text = dump(TITLE, DATELINE, 'Lead.', ...Array.from({ length: count }, (_, n) => `${n}. ${paragraph}`));
    const result = converted(parse(text));
    expect(result.article.body).toHaveLength(count);
    expect(result.article.body.at(-1)).toEqual({ kind: 'paragraph', text: `${count - 1}. ${paragraph}` });
  });

  it('reads a dump with Windows line endings like one with Unix line endings', () => {
    const lines = [TITLE, DATELINE, '', 'Đoạn mở đầu.', 'Ảnh hội nghị', 'Ảnh hội nghị', '', 'Đoạn hai.', ''];
    const unix = converted(parse(lines.join('\n')));
    const windows = converted(parse(lines.join('\r\n')));
    expect(windows).toEqual(unix);
    expect(JSON.stringify(windows.article)).not.toContain('\r');
    expect(windows.article.frontMatter.cover).toEqual({ caption: 'Ảnh hội nghị' });
  });

  it('writes text typed with combining accents in composed form (NFC)', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const result = converted(parse(dump(nfd('Tiếng Việt'), DATELINE, nfd('Đoạn về Bình Phước.'))));
    expect(result.article.frontMatter.title).toBe('Tiếng Việt'.normalize('NFC'));
    expect(result.article.frontMatter.title).toHaveLength(10);
    expect(result.article.frontMatter.summary).toBe('Đoạn về Bình Phước.'.normalize('NFC'));
  });

  it('folds runs of spaces and no-break spaces inside a line to one space', () => {
    const result = converted(parse(dump(`Hội${NBSP} nghị   tổng kết`, DATELINE, `Đoạn\t một${NBSP}${NBSP}câu.`)));
    expect(result.article.frontMatter.title).toBe('Hội nghị tổng kết');
    expect(result.article.frontMatter.summary).toBe('Đoạn một câu.');
  });

  it('keeps markup-like text exactly as typed: escaping is the serializer’s job', () => {
    const hostile = '<script>alert(1)</script> * a # b [x](javascript:alert(1))';
    const result = converted(parse(dump(`Tiêu đề <b>đậm</b> *`, DATELINE, hostile, '# không phải tiêu đề.')));
    expect(result.article.frontMatter.title).toBe('Tiêu đề <b>đậm</b> *');
    expect(result.article.frontMatter.summary).toBe(hostile);
    expect(result.article.body).toEqual([{ kind: 'paragraph', text: '# không phải tiêu đề.' }]);
  });
});

describe('photos', () => {
  it('keeps a caption printed twice in the middle of the body once, as a figure', () => {
    const result = converted(
      parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn một.', 'Ảnh giữa bài.', 'Ảnh giữa bài.', 'Đoạn hai.')),
    );
    expect(result.article.body).toEqual([
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'figure', caption: 'Ảnh giữa bài.' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
    expect(result.article.frontMatter.cover).toBeUndefined();
  });

  it('makes an indented short line without final punctuation a figure', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn một.', `${NBSP}Ảnh minh họa`, 'Đoạn hai.')));
    expect(result.article.body).toEqual([
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'figure', caption: 'Ảnh minh họa' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
  });

  it('keeps an indented line ending with a full stop as a paragraph', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', `${NBSP} Câu thụt lề có dấu chấm.`, 'Đoạn hai.')));
    expect(result.article.body).toEqual([
      { kind: 'paragraph', text: 'Câu thụt lề có dấu chấm.' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
  });

  it('takes the caption printed twice right after the lead as the cover, not as a figure', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Ảnh bìa', 'Ảnh bìa', 'Đoạn một.')));
    expect(result.article.frontMatter.cover).toEqual({ caption: 'Ảnh bìa' });
    expect(result.article.body).toEqual([{ kind: 'paragraph', text: 'Đoạn một.' }]);
  });

  it('does not make a cover of an indented caption printed once after the lead', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', `${NBSP}Ảnh một lần`, 'Đoạn một.')));
    expect(result.article.frontMatter.cover).toBeUndefined();
    expect(result.article.body).toEqual([
      { kind: 'figure', caption: 'Ảnh một lần' },
      { kind: 'paragraph', text: 'Đoạn một.' },
    ]);
  });

  it('drops the cover printed again in the body and says on which line', () => {
    const text = dump(TITLE, DATELINE, 'Lead.', 'Ảnh bìa', 'Ảnh bìa', 'Đoạn một.', `${NBSP}Ảnh bìa`, 'Đoạn hai.');
    const result = converted(parse(text));
    expect(result.article.body).toEqual([
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
    expect(result.dropped).toEqual([
      { line: 5, text: 'Ảnh bìa', reason: 'chú thích ảnh in lặp' },
      { line: 7, text: 'Ảnh bìa', reason: 'ảnh đại diện in lại trong thân bài' },
    ]);
  });

  it('keeps a caption printed above the lead, as the first figure of the body', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Ảnh trên', 'Ảnh trên', 'Lead.', 'Đoạn một.')));
    expect(result.article.frontMatter.summary).toBe('Lead.');
    expect(result.article.body).toEqual([
      { kind: 'figure', caption: 'Ảnh trên' },
      { kind: 'paragraph', text: 'Đoạn một.' },
    ]);
  });
});

describe('the source credit', () => {
  it('names a source given as a URL by its host, without www', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Nguồn: https://www.example.vn/bai-1.html')));
    expect(result.article.frontMatter.source).toEqual({ name: 'example.vn', url: 'https://www.example.vn/bai-1.html' });
    expect(result.article.body).toEqual([]);
  });

  it('credits a newspaper by name only, with no invented link', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn.', '', 'Nguồn: Báo Bình Phước', '')));
    expect(result.article.frontMatter.source).toEqual({ name: 'Báo Bình Phước' });
    expect(result.article.body).toEqual([{ kind: 'paragraph', text: 'Đoạn.' }]);
  });

  it('finds the source above a byline at the foot, and the byline as the author', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn.', 'Nguồn: baoquankhu7.vn', 'Minh Anh')));
    expect(result.article.frontMatter.source).toEqual({ name: 'baoquankhu7.vn', url: 'https://baoquankhu7.vn' });
    expect(result.article.frontMatter.author).toBe('Minh Anh');
    expect(result.article.body).toEqual([{ kind: 'paragraph', text: 'Đoạn.' }]);
  });

  it('has no source when the dump credits none', () => {
    expect(converted(parse(dump(TITLE, DATELINE, 'Lead.'))).article.frontMatter).not.toHaveProperty('source');
  });
});

describe('the old portal’s chrome', () => {
  const withFooter = dump(
    TITLE,
    DATELINE,
    'Lead.',
    'Click để đánh giá bài viết',
    'Đoạn một.',
    '',
    'Tổng số điểm của bài viết là: 0 trong 0 đánh giá',
    '',
    'Một dòng sau chân trang.',
    'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
  );

  it('leaves the rating widget and everything after the footer out of the article', () => {
    const result = converted(parse(withFooter));
    expect(result.article.frontMatter.summary).toBe('Lead.');
    expect(result.article.body).toEqual([{ kind: 'paragraph', text: 'Đoạn một.' }]);
  });

  it('lists each dropped line with its line number', () => {
    const result = converted(parse(withFooter));
    expect(result.dropped.map(({ line, text }) => ({ line, text }))).toEqual([
      { line: 4, text: 'Click để đánh giá bài viết' },
      { line: 7, text: 'Tổng số điểm của bài viết là: 0 trong 0 đánh giá' },
      { line: 9, text: 'Một dòng sau chân trang.' },
      {
        line: 10,
        text: 'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
      },
    ]);
  });
});

describe('the category', () => {
  it('files an article that matches no keyword under the default category, with no tags', () => {
    const result = converted(parse(dump('Thông báo', DATELINE, 'Một thông báo ngắn.')));
    expect(result.article.frontMatter.category).toBe('tin-tuc');
    expect(result.article.frontMatter.tags).toEqual([]);
  });

  it('counts the body as well as the lead', () => {
    const result = converted(
      parse(dump('Thông báo', DATELINE, 'Một thông báo.', 'Lễ hội mùa xuân.', 'Lễ hội kết thúc.', 'Du lịch tăng.')),
    );
    expect(result.article.frontMatter.category).toBe('van-hoa');
    expect(result.article.frontMatter.tags).toEqual(['lễ hội']);
  });
});

describe('text the converter must not lose', () => {
  it('does not silently lose a line printed between the title and the dateline', () => {
    const result = converted(parse(dump(TITLE, 'Phụ đề của bài', DATELINE, 'Lead.', 'Đoạn một.')));
    const kept = JSON.stringify(result.article);
    const reported = [...result.dropped.map((entry) => entry.text), ...result.warnings.map((w) => w.message)].join(
      '\n',
    );
    expect(kept.includes('Phụ đề của bài') || reported.includes('Phụ đề của bài')).toBe(true);
  });
});

describe('where the title and the dateline are', () => {
  const body = ['Lời dẫn của bài.', 'Đoạn một của bài.'];

  it('skips breadcrumbs and a letterhead above the title, listing them as dropped', () => {
    const result = converted(
      parse(dump('Trang chủ » Tin tức » Thời sự', 'ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC', TITLE, DATELINE, ...body)),
    );
    expect(result.article.frontMatter.title).toBe(TITLE);
    expect(result.dropped.map((line) => line.text)).toEqual([
      'Trang chủ » Tin tức » Thời sự',
      'ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC',
    ]);
  });

  it('reads the title under a dateline printed above it', () => {
    const result = converted(parse(dump(DATELINE, TITLE, ...body)));
    expect(result.article.frontMatter.title).toBe(TITLE);
    expect(result.article.frontMatter.summary).toBe('Lời dẫn của bài.');
  });

  it('files the article under a category named beside the date', () => {
    const result = converted(parse(dump(TITLE, 'Kinh tế | Thứ hai, 09/12/2024 - 10:15', ...body)));
    expect(result.article.frontMatter.category).toBe('kinh-te');
    expect(result.article.frontMatter).not.toHaveProperty('author');
  });

  it('takes a category label between the title and the dateline for a label, not the title', () => {
    const result = converted(parse(dump(TITLE, 'Kinh tế', '09/12/2024 10:15', ...body)));
    expect(result.article.frontMatter.title).toBe(TITLE);
    expect(result.article.frontMatter.category).toBe('kinh-te');
  });

  it('takes a name beside the date for the author', () => {
    const result = converted(parse(dump(TITLE, 'Minh Anh - 09/12/2024 10:15', ...body)));
    expect(result.article.frontMatter.author).toBe('Minh Anh');
  });

  it('reads the view count from its own line under the dateline, and prefers the publish date to the update', () => {
    const result = converted(
      parse(dump(TITLE, 'Cập nhật: 09/12/2024 15:00', 'Ngày đăng: 08/12/2024 09:30', 'Lượt xem: 1.234', ...body)),
    );
    expect(result.article.frontMatter.date).toBe('2024-12-08T09:30:00+07:00');
    expect(result.article.frontMatter.legacy?.views).toBe(1234);
    expect(result.article.frontMatter.summary).toBe('Lời dẫn của bài.');
  });

  it('dates an article printed without a time at midnight, and warns', () => {
    const result = converted(parse(dump(TITLE, 'Thứ hai, 09/12/2024', ...body)));
    expect(result.article.frontMatter.date).toBe('2024-12-09T00:00:00+07:00');
    expect(result.warnings).toEqual([{ line: 2, message: expect.stringContaining('không có giờ') }]);
  });
});

describe('the lead', () => {
  it.each([
    ['(TTXVN) - Sáng 8/12, hội nghị khai mạc.', { name: 'TTXVN' }],
    ['VOV.VN - Sáng 8/12, hội nghị khai mạc.', { name: 'VOV.VN', url: 'https://vov.vn' }],
    ['(Chinhphu.vn) – Sáng 8/12, hội nghị khai mạc.', { name: 'Chinhphu.vn', url: 'https://chinhphu.vn' }],
    ['Phnom Penh (TTXVN) - Sáng 8/12, hội nghị khai mạc.', { name: 'TTXVN' }],
    ['Hà Nội, 8/12 (TTXVN) - Sáng 8/12, hội nghị khai mạc.', { name: 'TTXVN' }],
    ['TP.HCM (TTXVN) - Sáng 8/12, hội nghị khai mạc.', { name: 'TTXVN' }],
  ])('drops the outlet tag of “%s” from the lead and credits the outlet', (lead, source) => {
    const result = converted(parse(dump(TITLE, DATELINE, lead, 'Đoạn một.')));
    expect(result.article.frontMatter.summary).toBe('Sáng 8/12, hội nghị khai mạc.');
    expect(result.article.frontMatter.source).toEqual(source);
  });

  it('keeps the credit at the foot over the outlet tag', () => {
    const result = converted(parse(dump(TITLE, DATELINE, '(TTXVN) - Sáng 8/12.', 'Đoạn.', 'Nguồn: Báo Bình Phước')));
    expect(result.article.frontMatter.source).toEqual({ name: 'Báo Bình Phước' });
  });

  it('does not take a place name opening the lead for an outlet', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Hà Nội - Sáng 8/12, hội nghị khai mạc.', 'Đoạn.')));
    expect(result.article.frontMatter.summary).toBe('Hà Nội - Sáng 8/12, hội nghị khai mạc.');
  });

  it.each([
    'Chị Lê Thị Lan (xã Tân Lập) - một trong những hộ thoát nghèo.',
    'Anh Trần Văn Bình (SN 1990) - chủ trang trại.',
  ])('does not take a name and a remark in brackets opening “%s” for an outlet', (lead) => {
    const result = converted(parse(dump(TITLE, DATELINE, lead, 'Đoạn.')));
    expect(result.article.frontMatter.summary).toBe(lead);
    expect(result.article.frontMatter.source).toBeUndefined();
  });
});

describe('captions beyond the portal’s own layout', () => {
  it('takes a short unfinished line between two paragraphs for a caption', () => {
    const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn một.', 'Toàn cảnh hội nghị', 'Đoạn hai.')));
    expect(result.article.body).toEqual([
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'figure', caption: 'Toàn cảnh hội nghị' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
  });

  it('joins a caption and the photo credit printed on the next line', () => {
    const result = converted(
      parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn một.', 'Toàn cảnh hội nghị', '(Ảnh: Minh Anh)', 'Đoạn hai.')),
    );
    expect(result.article.body[1]).toEqual({ kind: 'figure', caption: 'Toàn cảnh hội nghị (Ảnh: Minh Anh)' });
  });

  it.each(['Đại biểu dự hội nghị. (Ảnh: Minh Anh)', 'Ảnh: Đại biểu dự hội nghị.'])(
    'takes “%s”, which names its photo, for a caption even though it ends a sentence',
    (line) => {
      const result = converted(parse(dump(TITLE, DATELINE, 'Lead.', 'Đoạn một.', line, 'Đoạn hai.')));
      expect(result.article.body[1]).toEqual({ kind: 'figure', caption: line });
    },
  );

  it('rejoins the lines of a hard-wrapped dump into paragraphs', () => {
    const wrapped = [
      'Năm 2024, tỉnh Bình Phước đã hoàn thành nhiều chỉ tiêu kinh tế quan trọng,',
      'trong đó tổng sản phẩm trên địa bàn tăng trưởng khá so với cùng kỳ năm trước.',
      '',
      'Giá trị xuất khẩu hạt điều tiếp tục dẫn đầu cả nước, mang lại nguồn thu lớn',
      'cho người dân và doanh nghiệp trong tỉnh, góp phần giảm nghèo bền vững.',
      '',
      'Tỉnh cũng đẩy mạnh thu hút đầu tư vào các khu công nghiệp, tạo thêm việc làm',
      'cho hàng nghìn lao động địa phương.',
    ];
    const result = converted(parse(dump(TITLE, DATELINE, '', ...wrapped)));
    expect(result.article.frontMatter.summary).toBe(`${wrapped[0]} ${wrapped[1]}`);
    expect(result.article.body).toEqual([
      { kind: 'paragraph', text: `${wrapped[3]} ${wrapped[4]}` },
      { kind: 'paragraph', text: `${wrapped[6]} ${wrapped[7]}` },
    ]);
  });
});
