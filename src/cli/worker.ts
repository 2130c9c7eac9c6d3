/** Worker thread: parses one file per message and sends back the letter's JSON. */
import { parentPort } from 'node:worker_threads'
import { parseFileToMessage, type Job } from './parse-job.js'

parentPort!.on('message', async (job: Job) => {
  parentPort!.postMessage(await parseFileToMessage(job))
})
