/** Below this many files a run is over before a progress line would help. */
const MIN_FILES = 500;
const INTERVAL_MS = 500;

/**
 * A progress line on standard error for long runs: rewritten in place on a terminal,
 * one line per tenth of the run in a CI log, nothing for short runs.
 */
export function createProgress(total: number, label: string): { tick(): void; done(): void } {
  if (total < MIN_FILES) return { tick() {}, done() {} };
  const terminal = process.stderr.isTTY;
  let count = 0;
  let lastPrinted = 0;
  let lastTenth = 0;
  const line = () => `${label} ${count}/${total} (${Math.floor((count / total) * 100)}%)`;
  return {
    tick() {
      count++;
      if (terminal) {
        const now = Date.now();
        if (now - lastPrinted < INTERVAL_MS) return;
        lastPrinted = now;
        process.stderr.write(`\r${line()}`);
      } else if (Math.floor((count / total) * 10) > lastTenth) {
        lastTenth = Math.floor((count / total) * 10);
        process.stderr.write(`${line()}\n`);
      }
    },
    done() {
      if (terminal) process.stderr.write(`\r${' '.repeat(line().length)}\r`);
    },
  };
}
