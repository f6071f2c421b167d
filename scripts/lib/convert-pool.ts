import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConvertOutcome, ConvertJob, JobResult, WorkerSetup } from './convert-worker.ts';

interface Pending {
  job: ConvertJob;
  resolve(outcomes: ConvertOutcome[]): void;
  reject(error: Error): void;
}

export interface ConvertPool {
  /** Converts a batch of raw files on the next free worker; outcomes come back in the batch's order. */
  convert(files: string[]): Promise<ConvertOutcome[]>;
  close(): Promise<void>;
}

/**
 * Worker threads, one per core, that parse dumps side by side. Batches are queued and
 * handed to whichever worker is free; the caller awaits them in its own order.
 */
export function createConvertPool(setup: WorkerSetup, size = availableParallelism()): ConvertPool {
  const queue: Pending[] = [];
  const running = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      running.set(worker, pending);
      worker.postMessage(pending.job);
    }
  };

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL('./convert-worker.ts', import.meta.url), { workerData: setup });
    worker.on('message', ({ outcomes }: JobResult) => {
      running.get(worker)!.resolve(outcomes);
      running.delete(worker);
      idle.push(worker);
      dispatch();
    });
    // A worker that dies takes its batch and every later one with it: the run must fail loudly.
    worker.on('error', (error) => {
      failure = error;
      for (const pending of [...running.values(), ...queue.splice(0)]) pending.reject(error);
      running.clear();
    });
    idle.push(worker);
    return worker;
  });

  return {
    convert(files) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: nextId++, files }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
