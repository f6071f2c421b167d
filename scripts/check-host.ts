/**
 * npm run check:host -- [--dist dist] [--site content/site.yaml] [--host NAME]
 *
 * The last step of `npm run build`: the built site's size, file count and largest file
 * against the limits of the host `site.yaml` names (or `--host`), before anything is
 * uploaded. Warns at 80 % of a limit; exit 1 past one, naming it, by how much, and the
 * hosts the site would fit; exit 2 for a usage error. The logic is src/lib/deploy.
 */
import { readFile } from 'node:fs/promises';
import { checkHost } from '../src/lib/deploy/host-check.ts';
import { HOSTS, type Host } from '../src/lib/deploy/hosts.ts';
import { hostReport } from '../src/lib/deploy/messages.ts';
import { parseSite } from '../src/lib/settings/parse-settings.ts';
import { folderSize } from './lib/files.ts';
import { parseFlagsOrExit } from './lib/flags.ts';

const USAGE = `Cách dùng: npm run check:host -- [--dist dist] [--site content/site.yaml] [--host TÊN]
  --dist DIR    thư mục trang đã dựng (mặc định: dist)
  --site FILE   tệp thiết lập có trường host (mặc định: content/site.yaml)
  --host TÊN    kiểm tra với nơi đăng khác: ${HOSTS.join(', ')}`;

function parseFlags() {
  return parseFlagsOrExit(
    {
      dist: { type: 'string', default: 'dist' },
      site: { type: 'string', default: 'content/site.yaml' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
    (values) => {
      if (values.host !== undefined && !(HOSTS as readonly string[]).includes(values.host)) {
        throw new Error(`--host: "${values.host}" không phải một trong: ${HOSTS.join(', ')}`);
      }
    },
  );
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const host = (flags.host as Host | undefined) ?? parseSite(await readFile(flags.site, 'utf8'), flags.site).host;
  const size = await folderSize(flags.dist).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new Error(`${flags.dist}: không có trang đã dựng; chạy npm run build trước`)
      : error;
  });
  const report = hostReport(checkHost(host, size), size);
  for (const line of report.lines) console.log(line);
  for (const warning of report.warnings) console.warn(warning);
  for (const error of report.errors) console.error(error);
  console.log(report.summary);
  return report.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
