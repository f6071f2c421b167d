/**
 * npm run bench:import -- [--rows 10000] [--cpu-prof DIR]
 *
 * Times `npm run import:nukeviet` on a made-up portal: starts a MariaDB server of its own
 * (as the importer's tests do), fills NukeViet's news tables with N articles in the
 * editor's HTML (styled paragraphs, links, a captioned photo, a table in one of five),
 * imports them with the real command, photos copied, then imports again (every row
 * skipped), and prints each run's wall time, rows/s, peak memory and CPU time, with the
 * machine's load. Exit 0 when both runs did their job, 1 when one failed, 2 for a usage error.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, readProfiles, summariseProfiles, type Measurement, type SelfTime } from './lib/measure.ts';
import { nukevietTablesSql } from './lib/nukeviet-tables.ts';
import { startMariaDb } from './lib/throwaway-mariadb.ts';
import { article, CATEGORIES } from './lib/made-up-portal.ts';

const USAGE = `Usage: npm run bench:import -- [--rows N] [--cpu-prof DIR]
  --rows N        articles in the made-up portal's database (default: 10000)
  --cpu-prof DIR  profile the first import with node --cpu-prof into DIR and print where the time went`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INSERT_BATCH = 500;
function parseFlags(): { rows: number; cpuProf: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { rows: { type: 'string', default: '10000' }, 'cpu-prof': { type: 'string' } },
      strict: true,
    });
    const rows = Number(values.rows);
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows ${values.rows}: not a positive whole number`);
    return { rows, cpuProf: values['cpu-prof'] && resolve(values['cpu-prof']) };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** CPU time in ms, in user space and in the kernel. */
interface CpuTime {
  user: number;
  system: number;
}

/**
 * CPU time of this process's children that have ended, in ms, in user space and in the
 * kernel: what a run of the importer cost, however busy the machine was. The kernel's share
 * is the file system's (creating a file is its dearest call here). Linux only (`undefined`
 * elsewhere).
 */
async function childrenCpuMs(): Promise<CpuTime | undefined> {
  try {
    const stat = await readFile('/proc/self/stat', 'utf8');
    // Fields after the command name: state is the 3rd, cutime and cstime the 16th and 17th, in 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[13]) * 10, system: Number(fields[14]) * 10 };
  } catch {
    return undefined;
  }
}

/** CPU time does not grow when other work on a shared machine takes the cores: it compares across runs. */
function cpuText({ user, system }: CpuTime, rows: number): string {
  const total = user + system;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return `CPU ${seconds(total)} s (user ${seconds(user)}, kernel ${seconds(system)}), ${(total / rows).toFixed(2)} ms a row, ${Math.round(rows / (total / 1000))} rows per CPU-second`;
}

async function main(): Promise<number> {
  const { rows, cpuProf } = parseFlags();
  const work = await mkdtemp(join(tmpdir(), 'bench-import-'));
  const server = await startMariaDb();
  try {
    const connection = await server.connect();
    await connection.query('CREATE DATABASE portal CHARACTER SET utf8mb4; USE portal;');
    await connection.query(nukevietTablesSql('nv4', 'vi', 'news'));
    const t = 'nv4_vi_news';
    await connection.query(`INSERT INTO ${t}_cat (catid, parentid, title, alias, sort) VALUES ?`, [
      CATEGORIES.map(([catid, parentid, title, alias]) => [catid, parentid, title, alias, catid]),
    ]);
    await connection.query(`INSERT INTO ${t}_sources (sourceid, title, link, add_time, edit_time) VALUES ?`, [
      [
        [1, 'Báo Bình Phước', 'https://baobinhphuoc.com.vn', 0, 0],
        [2, 'Thông tấn xã Việt Nam', 'https://ttxvn.vn', 0, 0],
        [3, 'Báo Nhân Dân', 'https://nhandan.vn', 0, 0],
      ],
    ]);
    const loadStarted = Date.now();
    const uploads = join(work, 'uploads');
    for (let start = 1; start <= rows; start += INSERT_BATCH) {
      const batch = Array.from({ length: Math.min(INSERT_BATCH, rows - start + 1) }, (_, k) => article(start + k));
      await connection.query(
        `INSERT INTO ${t}_rows (id, catid, listcatid, topicid, author, sourceid, addtime, status, publtime, exptime, title, alias, hometext, homeimgfile, homeimgalt, homeimgthumb, hitstotal, hitscm) VALUES ?`,
        [batch.map((a) => a.row)],
      );
      await connection.query(
        `INSERT INTO ${t}_detail (id, titlesite, description, bodyhtml, keywords, sourcetext) VALUES ?`,
        [batch.map((a) => a.detail)],
      );
      await connection.query(`INSERT INTO ${t}_tags_id (id, tid, keyword) VALUES ?`, [batch.flatMap((a) => a.tags)]);
      await Promise.all(
        batch.map(async ({ photo, row }) => {
          const file = join(uploads, 'news', photo);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, `ảnh ${row[0]}`);
        }),
      );
    }
    await connection.end();
    const content = join(work, 'content');
    await mkdir(content);
    await cp(join(ROOT, 'content', 'categories.yaml'), join(content, 'categories.yaml'));
    console.log(`MariaDB loaded with ${rows} articles in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

    const run = async (profile?: string) => {
      const cpuBefore = await childrenCpuMs();
      const measured = await measure({
        command: process.execPath,
        args: [
          ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
          join(ROOT, 'scripts', 'import-nukeviet.ts'),
          '--db',
          server.url('portal'),
          '--content',
          content,
          '--uploads',
          uploads,
        ],
        cwd: ROOT,
      });
      const cpuAfter = await childrenCpuMs();
      return {
        ...measured,
        cpu:
          cpuBefore === undefined || cpuAfter === undefined
            ? undefined
            : { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system },
      };
    };
    const report = (label: string, measured: Measurement & { cpu: CpuTime | undefined }) => {
      const seconds = measured.wallMs / 1000;
      const memory = measured.peakRssKiB ? `, peak ${(measured.peakRssKiB / 1024).toFixed(0)} MiB` : '';
      const cpu = measured.cpu === undefined ? '' : `; ${cpuText(measured.cpu, rows)}`;
      console.log(
        `${label}: ${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s${memory} (exit ${measured.exitCode})${cpu}`,
      );
      if (measured.exitCode !== 0) console.error(measured.stderrTail);
      return measured.exitCode === 0;
    };
    const first = report('import', await run(cpuProf));
    if (cpuProf) {
      const { totalMs, byFunction, byModule } = summariseProfiles(await readProfiles(cpuProf));
      const line = ({ name, selfMs, share }: SelfTime) =>
        `    ${(selfMs / 1000).toFixed(1).padStart(6)} s ${(share * 100).toFixed(0).padStart(3)}%  ${name}`;
      console.log(`  profile: ${(totalMs / 1000).toFixed(1)} s sampled; by module:`);
      byModule.forEach((entry) => console.log(line(entry)));
      console.log('  by function:');
      byFunction.forEach((entry) => console.log(line(entry)));
    }
    const files = (await readdir(join(content, 'articles'))).filter((file) => file.endsWith('.md')).length;
    console.log(`  ${files} articles written`);
    const second = report('import again (every row skipped)', await run());
    console.log(
      `load average (1, 5, 15 min): ${loadavg()
        .map((load) => load.toFixed(2))
        .join(', ')}`,
    );
    return first && second && files === rows ? 0 : 1;
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
