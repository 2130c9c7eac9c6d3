/**
 * Runs jobs over worker threads (or in this thread for --jobs 1), delivering results in
 * input order as soon as each one and those before it are done: output streams, and memory
 * holds only results waiting for a slower predecessor.
 */
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseFileToMessage, type Job, type JobResult } from './parse-job.js'

export async function runJobs(jobs: Job[], threads: number, onResult: (r: JobResult) => void | Promise<void>): Promise<void> {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))
  const useWorkers = threads > 1 && jobs.length > 1 && existsSync(workerFile)
  const pending = new Map<number, JobResult>()
  let nextOut = 0
  const deliver = async (r: JobResult) => {
    pending.set(r.id, r)
    while (pending.has(nextOut)) {
      const x = pending.get(nextOut)!
      pending.delete(nextOut)
      nextOut++
      await onResult(x)
    }
  }
  if (!useWorkers) {
    for (const j of jobs) await deliver(await parseFileToMessage(j))
    return
  }
  const n = Math.min(threads, jobs.length)
  let next = 0
  await new Promise<void>((resolve, reject) => {
    let live = n
    let chain = Promise.resolve()
    for (let w = 0; w < n; w++) {
      // A larger young generation means fewer scavenges: parsing allocates many short-lived trees.
      const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 64 } })
      const feed = () => {
        if (next < jobs.length) worker.postMessage(jobs[next++])
        else {
          void worker.terminate()
          if (--live === 0) chain.then(resolve, reject)
        }
      }
      worker.on('message', (r: JobResult) => {
        chain = chain.then(() => deliver(r))
        feed()
      })
      worker.on('error', reject)
      feed()
    }
  })
}
