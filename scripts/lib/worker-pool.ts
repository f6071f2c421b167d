import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

interface Pending<Job, Reply> {
  job: Job;
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

export interface WorkerPool<Job, Reply> {
  /** Hands a job to the next free worker; its one reply message comes back. */
  run(job: Job): Promise<Reply>;
  close(): Promise<void>;
}

/**
 * Worker threads running `script`, one per core, each answering a job message with one
 * reply. Jobs are queued and handed to whichever worker is free; the caller awaits them
 * in its own order.
 */
export function createWorkerPool<Job, Reply>(
  script: URL,
  workerData: unknown,
  size = availableParallelism(),
): WorkerPool<Job, Reply> {
  const queue: Pending<Job, Reply>[] = [];
  const running = new Map<Worker, Pending<Job, Reply>>();
  const idle: Worker[] = [];
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
    const worker = new Worker(script, { workerData });
    worker.on('message', (reply: Reply) => {
      running.get(worker)!.resolve(reply);
      running.delete(worker);
      idle.push(worker);
      dispatch();
    });
    // A worker that dies takes its job and every later one with it: the run must fail loudly.
    worker.on('error', (error) => {
      failure = error;
      for (const pending of [...running.values(), ...queue.splice(0)]) pending.reject(error);
      running.clear();
    });
    idle.push(worker);
    return worker;
  });

  return {
    run(job) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
