import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  wallMs: number;
  /** Peak resident memory of the process in KiB, when the machine lets us see it. */
  peakRssKiB?: number;
  /** How the peak was read, so a figure from one method is not compared with another's. */
  rssMethod: 'GNU time' | '/proc VmHWM' | 'none';
  /**
   * Peak of the resident memory of the process and all its descendants at once, in KiB
   * (Linux only, sampled every second): a build runs Astro, Pagefind and other processes
   * side by side, and the machine must hold them together.
   */
  peakTreeRssKiB?: number;
  exitCode: number | null;
  /** The end of what the process printed, for a failure message. */
  stdoutTail: string;
  stderrTail: string;
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
const TAIL_CHARS = 4000;
/** VmHWM only grows, so polling often enough to catch the last reading before exit is all it needs. */
const PROC_POLL_MS = 10;
/** Summing a process tree reads every process's status: once a second is enough for builds of minutes. */
const TREE_POLL_MS = 1000;

const keepTail = (text: string) => text.slice(-TAIL_CHARS);

async function hasGnuTime(): Promise<boolean> {
  return access(GNU_TIME, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Runs a command to completion and measures its wall time and peak RSS. GNU time reads
 * the peak from the kernel when the process is reaped, so it is exact; without it,
 * /proc is polled, which may miss a spike in the last few milliseconds.
 */
export async function measure({ command, args, cwd, env }: Command): Promise<Measurement> {
  if (await hasGnuTime()) return measureWithGnuTime({ command, args, cwd, env });
  if (process.platform === 'linux') return measureWithProc({ command, args, cwd, env });
  return { ...(await run({ command, args, cwd, env })), rssMethod: 'none' };
}

async function measureWithGnuTime({ command, args, cwd, env }: Command): Promise<Measurement> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-time-'));
  try {
    const output = join(scratch, 'rss');
    const result = await run(
      { command: GNU_TIME, args: ['-f', '%M', '-o', output, command, ...args], cwd, env },
      watchTree,
    );
    // On a failing command GNU time writes "Command exited with non-zero status N" before the figure.
    const figure = (await readFile(output, 'utf8').catch(() => '')).trim().split('\n').at(-1);
    const peakRssKiB = Number(figure);
    return { ...result, rssMethod: 'GNU time', ...(Number.isFinite(peakRssKiB) && peakRssKiB > 0 && { peakRssKiB }) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function measureWithProc(command: Command): Promise<Measurement> {
  let peakRssKiB: number | undefined;
  const result = await run(command, (pid, peaks) => {
    const stopTree = watchTree(pid, peaks);
    const timer = setInterval(() => {
      readFile(`/proc/${pid}/status`, 'utf8').then(
        (status) => {
          const kib = Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]);
          if (kib > (peakRssKiB ?? 0)) peakRssKiB = kib;
        },
        () => undefined, // the process has exited between two polls
      );
    }, PROC_POLL_MS);
    return () => {
      clearInterval(timer);
      stopTree();
    };
  });
  return { ...result, rssMethod: '/proc VmHWM', ...(peakRssKiB !== undefined && { peakRssKiB }) };
}

/** The peak of the process tree's memory, as the watch sees it. */
interface TreePeak {
  kib?: number;
}

type Watch = (pid: number, peak: TreePeak) => () => void;

/** The resident memory of `root` and every process under it now, in KiB, from /proc. */
async function treeRssKiB(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => undefined);
    if (!stat) continue;
    // The command name in brackets may hold spaces: the fields after it are fixed.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let kib = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    kib += Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
    pending.push(...(children.get(pid) ?? []));
  }
  return kib;
}

const watchTree: Watch = (pid, peak) => {
  if (process.platform !== 'linux') return () => undefined;
  const timer = setInterval(() => {
    treeRssKiB(pid).then(
      (kib) => (peak.kib = Math.max(peak.kib ?? 0, kib)),
      () => undefined,
    );
  }, TREE_POLL_MS);
  return () => clearInterval(timer);
};

function run({ command, args, cwd, env }: Command, watch?: Watch): Promise<Omit<Measurement, 'rssMethod'>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const peak: TreePeak = {};
    const stop = child.pid === undefined ? undefined : watch?.(child.pid, peak);
    let stdoutTail = '';
    let stderrTail = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdoutTail = keepTail(stdoutTail + chunk)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderrTail = keepTail(stderrTail + chunk)));
    child.on('error', (error) => {
      stop?.();
      reject(error);
    });
    child.on('close', (exitCode) => {
      stop?.();
      resolve({
        wallMs: performance.now() - started,
        exitCode,
        stdoutTail,
        stderrTail,
        ...(peak.kib !== undefined && { peakTreeRssKiB: peak.kib }),
      });
    });
  });
}

/** What the V8 profiler writes for `node --cpu-prof` (only the fields read here). */
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface SelfTime {
  name: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: SelfTime[];
  byModule: SelfTime[];
}

/**
 * Where code lives, at the grain one would optimise: an npm package, a project file,
 * a Node built-in, or V8's own buckets (`(garbage collector)`, `(idle)`).
 */
export function moduleOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').replace(/\/.*$/, '');
  const inProject = /\/((?:src|scripts)\/.*)$/.exec(url);
  return inProject ? inProject[1]! : url;
}

/**
 * V8 shows a regular expression or a native binding (`RegExp: \s+`, `openFileHandle`) as
 * a frame of its own with no script; its time belongs to the code that called it.
 */
function owningModules(profile: CpuProfile): Map<number, string> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const owners = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const known = owners.get(id);
    if (known) return known;
    const frame = byId.get(id)!.callFrame;
    const parent = parentOf.get(id);
    const owner = moduleOf(frame) === '(native)' && parent !== undefined ? ownerOf(parent) : moduleOf(frame);
    owners.set(id, owner);
    return owner;
  };
  for (const node of profile.nodes) ownerOf(node.id);
  return owners;
}

function rank(totals: Map<string, number>, totalMs: number, top: number): SelfTime[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, selfMs]) => ({ name, selfMs, share: totalMs > 0 ? selfMs / totalMs : 0 }));
}

/** A regular expression's frame is named after its whole source; the start is enough to recognise it. */
const MAX_NAME = 90;
const shorten = (name: string) => (name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name);

const add = (totals: Map<string, number>, key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);

/** Self time per function and per module over every profile given (one per process). */
export function summariseProfiles(profiles: readonly CpuProfile[], top = 15): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let totalMs = 0;
  for (const profile of profiles) {
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    const owners = owningModules(profile);
    // A sample's time runs until the next sample is taken.
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const frame = frames.get(id);
      if (!frame) return;
      const module = owners.get(id)!;
      const line = frame.url ? `:${frame.lineNumber + 1}` : '';
      add(byFunction, `${shorten(frame.functionName || '(anonymous)')} [${module}${line}]`, ms);
      add(byModule, module, ms);
      totalMs += ms;
    });
  }
  return { totalMs, byFunction: rank(byFunction, totalMs, top), byModule: rank(byModule, totalMs, top) };
}

/** Every `.cpuprofile` a run left in `dir`. */
export async function readProfiles(dir: string): Promise<CpuProfile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as CpuProfile));
}
