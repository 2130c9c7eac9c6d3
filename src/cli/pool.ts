/**
 * Runs jobs over worker threads (or in this thread when there is no worker to start), calling
 * onResult as each finishes. A worker that crashes or runs past the timeout fails only the letter
 * it had; a new worker takes the rest. abort() stops every worker at once (Ctrl-C).
 */
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseFileToMessage, type Job, type JobResult } from './parse-job.js'

export interface PoolOptions {
  threads: number
  /** Per letter, in milliseconds; needs worker threads. */
  timeoutMs?: number | null
  /** The worker script (default: worker.js beside this module, present in the build). */
  workerFile?: string
  signal?: AbortSignal
  /** The path of a job, for messages. */
  describe?: (job: Job) => string
}

export const defaultWorkerFile = (): string => fileURLToPath(new URL('./worker.js', import.meta.url))

/** True when worker threads can run (the built worker exists). */
export const workersAvailable = (file = defaultWorkerFile()): boolean => existsSync(file)

export async function runJobs(jobs: Job[], options: PoolOptions, onResult: (r: JobResult) => void | Promise<void>): Promise<void> {
  const workerFile = options.workerFile ?? defaultWorkerFile()
  const wantWorkers = options.threads > 1 || options.timeoutMs != null
  const useWorkers = wantWorkers && jobs.length > 0 && (jobs.length > 1 || options.timeoutMs != null) && existsSync(workerFile)
  let chain = Promise.resolve()
  const deliver = (r: JobResult) => {
    chain = chain.then(() => onResult(r))
    return chain
  }
  if (!useWorkers) {
    for (const j of jobs) {
      if (options.signal?.aborted) break
      await deliver(await parseFileToMessage(j))
    }
    return chain
  }
  const name = (j: Job) => options.describe?.(j) ?? j.path
  let next = 0
  let settled = 0
  const live = new Set<Worker>()
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      if (settled === jobs.length) chain.then(resolve, reject)
    }
    const start = () => {
      // A larger young generation means fewer scavenges: parsing allocates many short-lived trees.
      const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 64 } })
      live.add(worker)
      let current: Job | null = null
      let timer: NodeJS.Timeout | null = null
      let lastError: Error | null = null
      const fail = (job: Job, error: string) => {
        settled++
        void deliver({ id: job.id, ok: false, error })
      }
      const feed = () => {
        if (options.signal?.aborted || next >= jobs.length) {
          current = null
          live.delete(worker)
          void worker.terminate()
          done()
          return
        }
        const job = jobs[next++]
        current = job
        worker.postMessage(job)
        if (options.timeoutMs != null)
          timer = setTimeout(() => {
            timer = null
            if (current !== job) return
            current = null
            fail(job, `${name(job)}: took longer than --timeout ${options.timeoutMs! / 1000} s; skipped`)
            live.delete(worker)
            void worker.terminate()
            start()
          }, options.timeoutMs)
      }
      worker.on('message', (r: JobResult) => {
        if (timer) clearTimeout(timer)
        timer = null
        if (!current || current.id !== r.id) return
        current = null
        settled++
        void deliver(r)
        feed()
      })
      worker.on('error', (e) => {
        lastError = e
      })
      worker.on('exit', () => {
        if (timer) clearTimeout(timer)
        const job = current
        if (!live.has(worker)) return
        live.delete(worker)
        if (job) {
          current = null
          fail(job, `${name(job)}: the worker parsing it crashed (${lastError?.message ?? 'exited'}); skipped`)
        }
        if (!options.signal?.aborted && next < jobs.length) start()
        else done()
      })
      feed()
    }
    options.signal?.addEventListener('abort', () => {
      for (const w of live) void w.terminate()
      live.clear()
      resolve()
    })
    for (let w = 0; w < Math.min(options.threads, jobs.length); w++) start()
  })
}
