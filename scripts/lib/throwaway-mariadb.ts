import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

/** A MariaDB server of its own for a test or a benchmark, on a unix socket in a temporary folder. */
export interface ThrowawayMariaDb {
  socket: string;
  /** The address `npm run import:nukeviet -- --db` takes for a database of this server. */
  url(database: string): string;
  /** A connection that runs several statements at once, as a dump holds them. */
  connect(database?: string): Promise<mysql.Connection>;
  stop(): Promise<void>;
}

/** Debian puts the server in /usr/sbin, which is not on every user's PATH. */
const PATH = `${process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin`;
const run = promisify(execFile);
const READY_TIMEOUT_MS = 60_000;

/**
 * Makes a data folder (`mariadb-install-db`) and starts `mariadbd` on it, with no network
 * and no configuration file but these flags, so it cannot meet another server or a
 * developer's own; root logs in without a password over the socket. `stop()` ends it and
 * deletes the folder.
 */
export async function startMariaDb(): Promise<ThrowawayMariaDb> {
  const dir = await mkdtemp(join(tmpdir(), 'mariadb-'));
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'mariadb.sock');
  const env = { ...process.env, PATH };
  try {
    await run(
      'mariadb-install-db',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${dataDir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { env },
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const { code, stderr } = error as { code?: string; stderr?: string };
    throw new Error(
      code === 'ENOENT'
        ? 'mariadb-install-db is not installed: apt-get install mariadb-server (.ci/run does it)'
        : `mariadb-install-db failed: ${stderr ?? error}`,
    );
  }
  const server: ChildProcess = spawn(
    'mariadbd',
    [
      '--no-defaults',
      '--user=root',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      // A throwaway server need not survive a power cut: it loads and answers faster.
      '--innodb-flush-log-at-trx-commit=0',
      '--skip-log-bin',
    ],
    { env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));

  const connect = (database?: string) =>
    mysql.createConnection({
      socketPath: socket,
      user: 'root',
      ...(database && { database }),
      multipleStatements: true,
      charset: 'utf8mb4',
    });
  const stop = async () => {
    if (server.exitCode === null) server.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`mariadbd exited: ${log}`);
    }
    try {
      await (await connect()).end();
      break;
    } catch {
      if (Date.now() - started > READY_TIMEOUT_MS) {
        await stop();
        throw new Error(`mariadbd did not answer on ${socket} within ${READY_TIMEOUT_MS / 1000} s: ${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    socket,
    url: (database) => `mysql://root@localhost/${database}?socket=${encodeURIComponent(socket)}`,
    connect,
    stop,
  };
}
