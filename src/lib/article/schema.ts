import { z } from 'astro/zod';
import { isRealDate, isRealTime } from './vietnam-time.ts';
import { HOSTS } from '../deploy/hosts.ts';

/**
 * The one declaration of an article's front matter. The Astro content collection
 * validates every file in `content/articles/` with it, and the converter checks its
 * own output with it before writing, so the two can never disagree.
 */

/** Lower-case ASCII words joined by hyphens: what URLs and `category` values are made of. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `2019-10-26T19:18:00+07:00`: a publish time must carry its UTC offset, never a bare local time. */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** `Date` would quietly roll 30 February into March; a date that does not exist is refused instead. */
function namesRealTime(value: string): boolean {
  const [, year, month, day, hour, minute, second = '0'] = ISO_WITH_OFFSET.exec(value) ?? [];
  return (
    isRealDate(Number(year), Number(month), Number(day)) && isRealTime(Number(hour), Number(minute), Number(second))
  );
}

const DATE_FORMAT = 'ISO 8601 có múi giờ, ví dụ 2019-10-26T19:18:00+07:00';

/**
 * YAML parsers turn an unquoted timestamp into a Date, a quoted one stays a string:
 * both are accepted, but a string must be ISO 8601 with its offset, and each mistake
 * gets its own message (an editor who typed `26/10/2019` is told the format to use).
 */
export const publishDate = z
  .union([z.date(), z.string()], { error: `phải là ngày giờ ${DATE_FORMAT}` })
  .transform((value, context) => {
    if (value instanceof Date) return value;
    const problem = !ISO_WITH_OFFSET.test(value)
      ? `"${value}" không đúng dạng ${DATE_FORMAT}`
      : !namesRealTime(value)
        ? `"${value}": ngày hoặc giờ không có thật`
        : undefined;
    if (!problem) return new Date(value);
    context.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  });

/**
 * The featured photo. `image` is a path relative to the article (`./anh-bia.jpg`, or
 * `../images/anh-bia.jpg` for the shared images folder): the content collection resolves
 * it to the file itself, which the build checks and turns into responsive images.
 */
function coverSchema<Image extends z.ZodType>(image: Image) {
  return z
    .strictObject({
      /** Caption printed under the photo. */
      caption: z
        .string()
        .trim()
        .min(1)
        .meta({
          description: 'Chú thích in dưới ảnh.',
          examples: ['Các đơn vị ký kết chương trình phối hợp hoạt động năm 2019'],
        }),
      /** The photo file, next to the article or in the shared images folder. */
      image: image.optional().meta({
        description: 'Tệp ảnh, đường dẫn tính từ bài: ảnh để cạnh bài, hoặc trong thư mục ảnh chung.',
        examples: ['./anh-bia.jpg'],
      }),
      /** What the photo shows, for readers who cannot see it; the caption when not given. */
      alt: z
        .string()
        .trim()
        .min(1)
        .optional()
        .meta({
          description: 'Tả ảnh cho người không xem được ảnh; bỏ trống thì dùng chú thích.',
          examples: ['Đại diện các đơn vị bắt tay sau lễ ký kết'],
        }),
    })
    .optional()
    .meta({ description: 'Ảnh đại diện của bài, in dưới tiêu đề.' });
}

export const articleSchema = z.strictObject({
  /** Headline as printed on the page and in search results. */
  title: z
    .string()
    .trim()
    .min(1)
    .meta({
      description: 'Tiêu đề bài, in trên trang và trong kết quả tìm kiếm.',
      examples: ['Tỉnh Bình Phước tổng kết công tác dân vận năm 2018'],
    }),
  /** Publish time, ISO 8601 with offset; the newsroom writes Vietnam time (`+07:00`). */
  date: publishDate.meta({
    description: 'Ngày giờ đăng, giờ Việt Nam: năm-tháng-ngày, chữ T, giờ:phút:giây, rồi +07:00.',
    examples: ['2019-10-26T19:18:00+07:00'],
  }),
  /** When a correction or an addition was made after publishing, shown under the dateline. */
  updated: publishDate.optional().meta({
    description: 'Giờ sửa bài sau khi đăng (đính chính, bổ sung): in "Cập nhật lúc …" dưới ngày đăng.',
    examples: ['2019-10-27T08:30:00+07:00'],
  }),
  /** Slug of one category declared in `content/categories.yaml`. */
  category: z
    .string()
    .regex(SLUG, 'phải là slug chữ thường, ví dụ dan-van')
    .meta({
      description: 'Chuyên mục: tên viết tắt (slug) của một chuyên mục trong content/categories.yaml.',
      examples: ['dan-van'],
    }),
  /** Topics of the article, as readers would search for them. */
  tags: z
    .array(z.string().trim().min(1))
    .default([])
    .meta({
      description: 'Chủ đề của bài, như bạn đọc sẽ tìm; mỗi chủ đề có trang riêng /the/…/.',
      examples: [['dân vận', 'Tỉnh ủy']],
    }),
  /** The lead (sapo): shown under the title and used as the page description. */
  summary: z
    .string()
    .trim()
    .min(1)
    .meta({
      description: 'Sapo (phần mở đầu): in dưới tiêu đề, và là đoạn mô tả bài trên Google, Facebook.',
      examples: ['Sáng 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2018.'],
    }),
  /** The featured photo; the caption doubles as its alternative text. */
  cover: coverSchema(z.string().trim().min(1)),
  /** Where the article was first published. */
  source: z
    .strictObject({
      /** Outlet name as credited, e.g. `baoquankhu7.vn`. */
      name: z
        .string()
        .trim()
        .min(1)
        .optional()
        .meta({
          description: 'Tên báo, trang nguồn, như khi ghi nguồn.',
          examples: ['baoquankhu7.vn'],
        }),
      /** Link to the outlet or the original article. */
      url: z
        .url({ protocol: /^https?$/ })
        .optional()
        .meta({
          description: 'Liên kết đến báo nguồn hoặc bài gốc, bắt đầu bằng https:// hoặc http://.',
          examples: ['https://baoquankhu7.vn'],
        }),
    })
    .optional()
    .meta({ description: 'Nơi bài được đăng lần đầu.' }),
  /** Byline, when the article names its writer. */
  author: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description: 'Tác giả, khi bài ghi tên người viết.',
      examples: ['Minh Anh'],
    }),
  /** What the old portal knew of the article; kept for the migration's audit trail. */
  legacy: z
    .strictObject({
      /** View count shown by the old portal, when it showed one. */
      views: z
        .int()
        .nonnegative()
        .optional()
        .meta({
          description: 'Số lượt xem trang cũ hiển thị.',
          examples: [386],
        }),
      /** Comment count shown by the old portal, when it showed one. */
      comments: z
        .int()
        .nonnegative()
        .optional()
        .meta({
          description: 'Số bình luận trang cũ hiển thị.',
          examples: [0],
        }),
      /** Name of the raw dump this article was converted from, relative to `seeds/`. */
      file: z
        .string()
        .min(1)
        .optional()
        .meta({
          description: 'Tệp thô trong seeds/ mà bài được chuyển từ đó.',
          examples: ['000_7fa307ade4fb8d9e.txt'],
        }),
      /** The row of the old portal's database this article was imported from: `nukeviet/<lang>/<module>/<id>`. */
      id: z
        .string()
        .regex(
          /^nukeviet\/[a-z]{2}\/[^/\s]+\/\d+$/,
          'phải có dạng nukeviet/<ngôn ngữ>/<module>/<số>, ví dụ nukeviet/vi/news/123',
        )
        .optional()
        .meta({
          description: 'Bài trong cơ sở dữ liệu NukeViet mà bài được nhập từ đó (npm run import:nukeviet).',
          examples: ['nukeviet/vi/news/123'],
        }),
    })
    .refine((legacy) => legacy.file !== undefined || legacy.id !== undefined, 'cần file hoặc id: bài đến từ đâu')
    .optional()
    .meta({
      description:
        'Những gì trang cũ biết về bài, do công cụ chuyển bài (npm run convert, npm run import:nukeviet) ghi; không cần sửa.',
    }),
  /** The article's addresses on the old portal (`/tin-tuc/bai-123.html`): each redirects here. */
  aliases: z
    .array(
      z
        .string()
        .regex(/^\/[^\s?#]*$/, 'phải là đường dẫn bắt đầu bằng /, không có ? hay #, ví dụ /tin-tuc/bai-123.html'),
    )
    .optional()
    .meta({
      description: 'Địa chỉ cũ của bài trên trang cũ: bạn đọc mở địa chỉ cũ được chuyển đến bài này.',
      examples: [['/tin-tuc/bai-123.html']],
    }),
  /** The editors' choice for the home page, judged at the build's time like scheduling. */
  home: z
    .strictObject({
      /** The lead story ("tin nổi bật") until this time; the newest such article leads. */
      lead: publishDate.optional().meta({
        description: 'Ghim làm tin nổi bật đầu trang chủ đến giờ này.',
        examples: ['2026-12-10T18:00:00+07:00'],
      }),
      /** One of the few featured stories under the lead until this time. */
      featured: publishDate.optional().meta({
        description: 'Đưa vào tin tiêu điểm dưới tin nổi bật đến giờ này.',
        examples: ['2026-12-08T06:00:00+07:00'],
      }),
      /** Kept off every block of the home page; still in its category, search and feeds. */
      hidden: z
        .boolean()
        .optional()
        .meta({
          description: 'true: không đưa lên trang chủ (vẫn có trong chuyên mục, tìm kiếm, RSS).',
          examples: [true],
        }),
    })
    .optional()
    .meta({
      description: 'Trang chủ: biên tập viên chọn tin nổi bật, tin tiêu điểm, hoặc không đưa bài lên trang chủ.',
    }),
  /** A draft is never published in a production build; `npm run dev` shows it. */
  draft: z
    .boolean()
    .optional()
    .meta({
      description: 'true: bản nháp, chưa lên trang (chỉ hiện khi xem thử bằng npm run dev). Xóa dòng này để đăng.',
      examples: [true],
    }),
  /**
   * Scheduled publishing: the article goes on the site in the first build made at or after
   * this time (the deploy workflow rebuilds every hour). Needed when `date` is in the future.
   */
  publishAt: publishDate.optional().meta({
    description: 'Hẹn giờ đăng: bài lên trang ở lần dựng trang đầu tiên từ giờ này. Cần khi date ở tương lai.',
    examples: ['2026-12-01T06:00:00+07:00'],
  }),
  /** The article leaves the site in the first build made at or after this time. */
  expires: publishDate.optional().meta({
    description: 'Giờ gỡ bài: bài rời trang ở lần dựng trang đầu tiên từ giờ này.',
    examples: ['2027-01-01T00:00:00+07:00'],
  }),
});

/** Front matter as written in a file (dates as strings). */
export type ArticleFrontMatterInput = z.input<typeof articleSchema>;
/** Front matter after validation (dates as `Date`). */
export type ArticleFrontMatter = z.output<typeof articleSchema>;

/**
 * The same schema, with `category` restricted to the categories the newsroom declared,
 * so a typo in a category is caught where the file is read, and, for the content
 * collection, `cover.image` read with Astro's `image()`, which resolves the path to the
 * photo file (the converter, which writes no photos, keeps the path as text).
 */
export function articleSchemaFor<Image extends z.ZodType = z.ZodString>(
  categorySlugs: readonly string[],
  image: Image = z.string().trim().min(1) as z.ZodType as Image,
) {
  return articleSchema.extend({
    cover: coverSchema(image),
    category: z.enum(categorySlugs as [string, ...string[]], {
      error: (issue) =>
        `chuyên mục không tồn tại: ${JSON.stringify(issue.input)}; dùng một trong: ${categorySlugs.join(', ')}`,
    }),
  });
}

/** One entry of `content/categories.yaml`, keyed there by its slug. */
export const categorySchema = z.strictObject({
  /** Vietnamese name shown to readers. */
  name: z.string().min(1),
  /** One sentence shown on the category page and in its meta description. */
  description: z.string().min(1),
  /** Phrases that make the converter file an article here; matched without regard to case. */
  keywords: z.array(z.string().min(1)).default([]),
  /**
   * The category this one sat under on the old portal, kept from a NukeViet import. The
   * site lists every category at one level, so a subcategory has its own page and feed.
   */
  parent: z.string().regex(SLUG, 'phải là slug của một chuyên mục khác, ví dụ thoi-su').optional(),
});

/** A parent that is not declared, or a category that is its own ancestor. */
function parentProblem(categories: Record<string, { parent?: string | undefined }>): string | undefined {
  for (const [slug, { parent }] of Object.entries(categories)) {
    if (parent === undefined) continue;
    if (!(parent in categories)) return `${slug}: parent "${parent}" không có trong danh sách chuyên mục`;
    const seen = new Set([slug]);
    for (let up: string | undefined = parent; up !== undefined; up = categories[up]?.parent) {
      if (seen.has(up)) return `${slug}: parent vòng lại chính nó (qua "${up}")`;
      seen.add(up);
    }
  }
  return undefined;
}

/** `content/categories.yaml`: slug → category, in the order the menu shows them. */
export const categoriesSchema = z
  .record(z.string().regex(SLUG, 'slug chuyên mục phải là chữ thường không dấu, ví dụ dan-van'), categorySchema)
  .refine((categories) => Object.keys(categories).length > 0, 'cần ít nhất một chuyên mục')
  .superRefine((categories, context) => {
    const problem = parentProblem(categories);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export type Category = z.output<typeof categorySchema> & {
  /** URL segment and the value of an article's `category`. */
  slug: string;
};

export const siteSchema = z.strictObject({
  /** Newsroom name, used in titles, the header and feeds. */
  name: z.string().min(1),
  /** Short line under the name. */
  tagline: z.string().min(1),
  /** Path of the newsroom's logo under `public/`, shown in link previews and to search engines. */
  logo: z.string().regex(/^\/\S+$/, 'phải là đường dẫn bắt đầu bằng /, ví dụ /logo.svg'),
  /** Public URL of the site, with scheme, no trailing path. */
  url: z.url({ protocol: /^https?$/ }),
  /** Category an article falls into when no category's keywords match it. */
  defaultCategory: z.string().min(1),
  /** Articles per page of a category, a topic or a month of the archive. */
  pageSize: z.int().positive(),
  /**
   * How many pages a category and a topic list, newest first. Their older articles are in
   * the archive by month, which lists every article, and in search: listing all of them
   * made hundreds of deep pages per category and common topic that nobody reaches (at
   * 50 000 articles, 2 500 category pages and 37 MB of a deploy).
   */
  listedPages: z
    .strictObject({
      /** Pages of a category: 25 at 20 a page is months of a busy category. */
      category: z.int().positive(),
      /** Pages of a topic. */
      topic: z.int().positive(),
    })
    .default({ category: 25, topic: 5 }),
  /**
   * The licence line Vietnamese law asks an electronic news site to print in its footer:
   * the licence's number, who issued it and when.
   */
  license: z.string().min(1),
  /** Who answers for the site's content ("Chịu trách nhiệm nội dung"), with their position. */
  responsible: z.string().min(1),
  /** The about page (`/gioi-thieu/`): what the newsroom is, one paragraph per item. */
  about: z.array(z.string().min(1)).min(1),
  /**
   * Where the site is published: the build ends by checking the built site against this
   * host's limits (src/lib/deploy/hosts.ts), before anything is uploaded.
   */
  host: z.enum(HOSTS).default('github-pages'),
  /** Contact details printed in the footer. */
  contact: z.strictObject({
    /** Postal address. */
    address: z.string().min(1),
    /** Telephone number, as dialled. */
    phone: z.string().min(1),
    /** Email address of the newsroom. */
    email: z.email(),
  }),
});

export type Site = z.output<typeof siteSchema>;
