/**
 * npm run import:nukeviet -- --db mysql://user@host/dbname [--prefix nv4] [--lang vi] [--module news]
 *   [--content content] [--out content/articles] [--uploads DIR] [--report FILE] [--force]
 *
 * A NukeViet 4.x news module's tables → front-mattered markdown, one article per row, and
 * its categories into categories.yaml. The mapping is pure (src/lib/import); this file
 * queries, names the files and prints, and worker threads (lib/import-worker.ts) map and write. Exit 0 when every row was imported or skipped, 1 when any
 * failed (the others are still imported), 2 for a wrong command line, a server that cannot
 * be reached or tables that are not there.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import {
  rowSlugOf,
  legacyIdOf,
  type ImportContext,
  type NewsRow,
  type NewsSource,
} from '../src/lib/import/nukeviet-article.ts';
import { importCategories, type CategoryRow } from '../src/lib/import/nukeviet-categories.ts';
import { parseCategories } from '../src/lib/settings/parse-settings.ts';
import { readExistingArticles } from './lib/existing-articles.ts';
import type { ImportJob, ImportSetup, RowReport } from './lib/import-worker.ts';
import { createWorkerPool } from './lib/worker-pool.ts';
import { writeFileAtomic } from './lib/files.ts';
import { createProgress } from './lib/progress.ts';

const USAGE = `Cách dùng: npm run import:nukeviet -- --db mysql://user:mật-khẩu@máy-chủ[:cổng]/tên-csdl [tùy chọn]
  --db URL        cơ sở dữ liệu NukeViet; qua socket: mysql://root@localhost/csdl?socket=/run/mysqld/mysqld.sock
  --prefix P      tiền tố bảng (mặc định: nv4)
  --lang L        ngôn ngữ (mặc định: vi)
  --module M      module tin tức (mặc định: news): đọc bảng P_L_M_rows, _detail, _cat…
  --content DIR   thư mục nội dung, nơi có categories.yaml (mặc định: content)
  --out DIR       thư mục ghi bài viết .md (mặc định: <content>/articles)
  --uploads DIR   thư mục uploads/ của trang cũ: ảnh trong uploads/M/ được chép vào <content>/images/M/
  --report FILE   ghi báo cáo JSON cho từng bài
  --force         nhập lại cả bài và ảnh đã có (ghi đè cả bản biên tập viên đã sửa)`;

/** Rows per query: large enough that round trips do not count, small enough to hold in memory. */
const BATCH_SIZE = 1000;
/** Rows per job handed to a worker: enough to keep it busy, small enough to share a batch among the cores. */
const JOB_SIZE = 100;

/** A failure of the command itself, before any row: exit 2 with this message. */
class UsageError extends Error {}

function parseFlags() {
  try {
    const { values } = parseArgs({
      options: {
        db: { type: 'string' },
        prefix: { type: 'string', default: 'nv4' },
        lang: { type: 'string', default: 'vi' },
        module: { type: 'string', default: 'news' },
        content: { type: 'string', default: 'content' },
        out: { type: 'string' },
        uploads: { type: 'string' },
        report: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return values;
    if (!values.db) throw new UsageError('Thiếu --db.');
    connectionOptionsOf(values.db);
    for (const name of ['prefix', 'lang', 'module'] as const) {
      // They become table names: NukeViet makes them of these characters only.
      if (!/^[a-z0-9_]+$/i.test(values[name]))
        throw new UsageError(`--${name} "${values[name]}": chỉ gồm chữ, số và _.`);
    }
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** `mysql://user:password@host:port/db` or `mysql://user@localhost/db?socket=/path/to.sock` → mysql2's options. */
function connectionOptionsOf(address: string): mysql.ConnectionOptions {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UsageError(`--db "${address}" không phải địa chỉ mysql://…`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^(?:mysql|mariadb):$/.test(url.protocol) || database === '')
    throw new UsageError(`--db "${address}": cần dạng mysql://user@máy-chủ/tên-csdl`);
  const socket = url.searchParams.get('socket');
  return {
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database,
    ...(socket ? { socketPath: socket } : { host: url.hostname || '127.0.0.1', port: Number(url.port || 3306) }),
    charset: 'utf8mb4',
    connectTimeout: 10_000,
    supportBigNumbers: true,
  };
}

async function connect(address: string): Promise<mysql.Connection> {
  const options = connectionOptionsOf(address);
  const where = options.socketPath ?? `${options.host}:${options.port}`;
  try {
    return await mysql.createConnection(options);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const why =
      code === 'ER_ACCESS_DENIED_ERROR'
        ? `tài khoản ${options.user} bị từ chối (sai mật khẩu hay không có quyền)`
        : code === 'ER_BAD_DB_ERROR'
          ? `không có cơ sở dữ liệu "${options.database}"`
          : `không kết nối được máy chủ (${code ?? message})`;
    throw new UsageError(`Cơ sở dữ liệu ${where}: ${why}.`);
  }
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const { prefix, lang, module, force } = flags;
  const outDir = flags.out ?? join(flags.content, 'articles');
  const connection = await connect(flags.db!);
  try {
    return await importAll(connection);
  } finally {
    await connection.end();
  }

  async function importAll(db: mysql.Connection): Promise<number> {
    const table = (name: string) => `${prefix}_${lang}_${module}_${name}`;
    const query = async <T>(sql: string, values: unknown[] = []) => (await db.query(sql, values))[0] as T[];
    const tables = new Set(
      (
        await query<{ name: string }>(
          'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
        )
      ).map((row) => row.name),
    );
    const missing = ['rows', 'detail', 'cat'].map(table).filter((name) => !tables.has(name));
    if (missing.length > 0) {
      const found = [...tables].filter((name) => /_[a-z]{2}_\w+_rows$/.test(name)).sort();
      const hint =
        found.length > 0
          ? `Bảng tin có trong cơ sở dữ liệu: ${found.join(', ')} (bảng <prefix>_<lang>_<module>_rows: chọn --prefix, --lang, --module theo đó).`
          : 'Cơ sở dữ liệu không có bảng tin NukeViet nào (…_rows).';
      throw new UsageError(`Không có bảng ${missing.join(', ')}: sai --prefix, --lang hay --module? ${hint}`);
    }
    const has = (name: string) => tables.has(table(name));
    const detailColumns = new Set(
      (
        await query<{ name: string }>(
          'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?',
          [table('detail')],
        )
      ).map((row) => row.name),
    );

    const categoryRows = await query<CategoryRow>(
      `SELECT catid, parentid, title, alias, COALESCE(description, '') AS description FROM \`${table('cat')}\` ORDER BY sort, catid`,
    );
    const categoriesPath = join(flags.content, 'categories.yaml');
    const categoriesText = await readFile(categoriesPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const existingSlugs =
      categoriesText === '' ? [] : parseCategories(categoriesText, categoriesPath).map((c) => c.slug);
    const categories = importCategories(categoryRows, categoriesText, existingSlugs);
    let slugs = existingSlugs;
    if (categories.text !== undefined) {
      // Checked as the site will read it before it replaces the newsroom's file.
      slugs = parseCategories(categories.text, categoriesPath).map((category) => category.slug);
      writeFileAtomic(categoriesPath, categories.text);
    }

    const sources = new Map<number, NewsSource>();
    if (has('sources')) {
      const rows = await query<NewsSource & { sourceid: number }>(
        `SELECT sourceid, title, COALESCE(link, '') AS link FROM \`${table('sources')}\``,
      );
      for (const { sourceid, title, link } of rows) sources.set(sourceid, { title, link });
    }
    const topics = new Map<number, string>();
    if (has('topics')) {
      for (const { topicid, title } of await query<{ topicid: number; title: string }>(
        `SELECT topicid, title FROM \`${table('topics')}\``,
      ))
        topics.set(topicid, title);
    }
    const homeModule = await readHomeModule();
    const context: ImportContext = {
      lang,
      module,
      homeModule: homeModule === module,
      now: new Date(),
      categories: categories.byCatid,
      sources,
      topics,
    };

    const existing = await readExistingArticles(outDir, 'id');
    for (const problem of existing.unreadable) console.error(problem);
    const [{ total }] = (await query<{ total: number }>(`SELECT COUNT(*) AS total FROM \`${table('rows')}\``)) as [
      { total: number },
    ];
    const progress = createProgress(Number(total), 'Đang nhập');
    const reports: RowReport[] = [];

    const keywords = detailColumns.has('keywords') ? "COALESCE(d.keywords, '')" : "''";
    const fetchBatch = async (afterId: number): Promise<NewsRow[]> => {
      const rows = await query<NewsRow & { has_detail: number | null }>(
        `SELECT r.id, r.catid, r.listcatid, r.topicid, COALESCE(r.author, '') AS author, r.sourceid, r.addtime,
                r.status, r.publtime, r.exptime, r.title, r.alias, r.hometext, COALESCE(r.homeimgfile, '') AS homeimgfile,
                COALESCE(r.homeimgalt, '') AS homeimgalt, r.hitstotal, r.hitscm, d.id AS has_detail, d.bodyhtml,
                COALESCE(d.sourcetext, '') AS sourcetext, ${keywords} AS keywords
           FROM \`${table('rows')}\` r LEFT JOIN \`${table('detail')}\` d ON d.id = r.id
          WHERE r.id > ? ORDER BY r.id LIMIT ${BATCH_SIZE}`,
        [afterId],
      );
      const ids = rows.map((row) => row.id);
      const tags = await listsOf('tags_id', 'keyword', ids);
      const authors = await listsOf('authorlist', 'pseudonym', ids);
      return rows.map(({ has_detail, ...row }) => ({
        ...row,
        bodyhtml: has_detail === null ? undefined : (row.bodyhtml ?? ''),
        tags: tags.get(row.id) ?? [],
        authors: authors.get(row.id) ?? [],
      }));
    };

    /** One column of a table keyed by article id, as a list per article of the batch (empty when the table is not there). */
    async function listsOf(name: string, column: string, ids: number[]): Promise<Map<number, string[]>> {
      const lists = new Map<number, string[]>();
      if (ids.length === 0 || !has(name)) return lists;
      for (const row of await query<{ id: number; value: string }>(
        `SELECT id, \`${column}\` AS value FROM \`${table(name)}\` WHERE id IN (?) ORDER BY id`,
        [ids],
      )) {
        const list = lists.get(row.id) ?? [];
        list.push(row.value);
        lists.set(row.id, list);
      }
      return lists;
    }

    async function readHomeModule(): Promise<string | undefined> {
      if (!tables.has(`${prefix}_config`)) return undefined;
      const [row] = await query<{ value: string }>(
        `SELECT config_value AS value FROM \`${prefix}_config\` WHERE config_name = 'site_home_module' AND module = 'global' AND lang IN (?, 'sys') ORDER BY lang = ? DESC LIMIT 1`,
        [lang, lang],
      );
      return row?.value;
    }

    // Workers map and write; this thread queries the next batch meanwhile, and names the files in row order.
    const pool = createWorkerPool<ImportJob, RowReport[]>(new URL('./lib/import-worker.ts', import.meta.url), {
      context,
      categorySlugs: slugs,
      uploads: flags.uploads,
      images: join(flags.content, 'images', module),
      force,
    } satisfies ImportSetup);
    try {
      let next = fetchBatch(0);
      // A batch's jobs are queued before the batch ahead of it is reported, so the workers
      // never wait for this thread between batches; reports still come in row order, and
      // two batches at most are held.
      let previous = Promise.resolve();
      for (;;) {
        const batch = await next;
        if (batch.length === 0) break;
        next = fetchBatch(batch.at(-1)!.id);
        const planned = batch.map((row) => planRow(row));
        const jobs: Promise<RowReport[]>[] = [];
        for (let start = 0; start < planned.length; start += JOB_SIZE) {
          const rows = planned.slice(start, start + JOB_SIZE).flatMap((plan) => ('row' in plan ? [plan] : []));
          jobs.push(rows.length > 0 ? pool.run({ rows }) : Promise.resolve([]));
        }
        const current = reportBatch(planned, jobs, previous);
        // Awaited on the next turn: a worker that dies meanwhile is not an unhandled rejection.
        current.catch(() => {});
        await previous;
        previous = current;
      }
      await previous;
    } finally {
      await pool.close();
    }
    progress.done();

    /** A batch's rows reported in order, after the batch ahead and its own jobs: the errors printed, the progress moved on. */
    async function reportBatch(
      planned: ReturnType<typeof planRow>[],
      jobs: Promise<RowReport[]>[],
      after: Promise<void>,
    ): Promise<void> {
      const [, done] = await Promise.all([after, Promise.all(jobs)]);
      const imported = done.flat().values();
      for (const plan of planned) {
        const report = 'row' in plan ? imported.next().value! : plan;
        for (const error of report.errors ?? []) console.error(`#${report.id}: lỗi: ${error}`);
        reports.push(report);
        progress.tick();
      }
    }

    /** A row already imported is skipped (unless --force); the others get the file they are written to. */
    function planRow(row: NewsRow): RowReport | { row: NewsRow; output: string } {
      const previous = existing.byLegacy.get(legacyIdOf(lang, module, row.id));
      if (previous !== undefined && !force) return { id: row.id, status: 'skipped', output: join(outDir, previous) };
      return { row, output: join(outDir, previous ?? `${claimName(rowSlugOf(row), row.id)}.md`) };
    }

    /**
     * The slug, or, when an article already has that name (another row with the same
     * title), the slug with the row's id: the same name on every run.
     */
    function claimName(slug: string, id: number): string {
      let name = slug;
      for (let n = 2; existing.names.has(name); n++) name = n === 2 ? `${slug}-${id}` : `${slug}-${id}-${n}`;
      existing.names.add(name);
      return name;
    }

    if (flags.report) {
      const summary = {
        database: { prefix, lang, module, homeModule: homeModule ?? null },
        categories: { added: categories.added, file: categories.text === undefined ? null : categoriesPath },
        rows: reports,
      };
      writeFileAtomic(flags.report, `${JSON.stringify(summary, null, 2)}\n`);
    }
    const count = (status: RowReport['status']) => reports.filter((report) => report.status === status).length;
    const warned = reports.filter((report) => report.warnings).length;
    if (categories.added.length > 0)
      console.log(`Thêm ${categories.added.length} chuyên mục vào ${categoriesPath}: ${categories.added.join(', ')}`);
    console.log(
      `Đã nhập ${count('imported')}, bỏ qua ${count('skipped')} (đã có bài), lỗi ${count('failed')}, có cảnh báo ${warned} — trên ${reports.length} bài của ${table('rows')}`,
    );
    if ((count('failed') > 0 || warned > 0) && !flags.report)
      console.log('Thêm --report báo-cáo.json để xem chi tiết từng bài.');
    return count('failed') > 0 || existing.unreadable.length > 0 ? 1 : 0;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
