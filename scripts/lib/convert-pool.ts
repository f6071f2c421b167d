import type { ConvertOutcome, ConvertJob, JobResult, WorkerSetup } from './convert-worker.ts';
import { createWorkerPool } from './worker-pool.ts';

export interface ConvertPool {
  /** Converts a batch of raw files on the next free worker; outcomes come back in the batch's order. */
  convert(files: string[]): Promise<ConvertOutcome[]>;
  close(): Promise<void>;
}

/** Worker threads, one per core, that parse dumps side by side. */
export function createConvertPool(setup: WorkerSetup, size?: number): ConvertPool {
  const pool = createWorkerPool<ConvertJob, JobResult>(new URL('./convert-worker.ts', import.meta.url), setup, size);
  let nextId = 0;
  return {
    convert: async (files) => (await pool.run({ id: nextId++, files })).outcomes,
    close: () => pool.close(),
  };
}
