import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { buildTime } from '../../src/lib/site/build-time.ts';

type FlagValues<Options extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: Options; strict: true; allowPositionals: false }>
>['values'];

/**
 * A command's flags, parsed strictly: an unknown flag, a positional argument, or a value
 * `check` refuses (by throwing) prints the reason and the usage, and exits 2, as every
 * command of the project does for a wrong command line.
 */
export function parseFlagsOrExit<const Options extends ParseArgsOptionsConfig>(
  options: Options,
  usage: string,
  check: (values: FlagValues<Options>) => void = () => {},
): FlagValues<Options> {
  try {
    const { values } = parseArgs({ options, strict: true, allowPositionals: false });
    check(values);
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

/**
 * The time a command judges articles at: `SITE_NOW` when set (as the build reads it), else
 * now. A `SITE_NOW` that is no time is a wrong command line: said, and exit 2.
 */
export function siteNowOrExit(): Date {
  try {
    return buildTime(process.env.SITE_NOW, () => new Date());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
