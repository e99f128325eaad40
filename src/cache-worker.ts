// The cache worker process (src/cache/worker-client.ts): reads one request on stdin, runs it with
// @actions/cache (in the request's `root` as the toolkit's working directory, src/cache/stage.ts),
// and prints the result as its last stdout line. Main and post kill it when its time budget is spent.
import { createActionsCacheClient } from './cache/client.js'
import { WORKER_RESULT, type WorkerRequest } from './cache/worker-client.js'
import { errorMessage } from './log.js'

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
let result: unknown
try {
  const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as WorkerRequest
  const client = createActionsCacheClient()
  result =
    request.op === 'restore'
      ? await client.restore(request.paths, request.primaryKey, request.restoreKeys, {
          ...(request.lookupOnly ? { lookupOnly: true } : {}),
          ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
          ...(request.root ? { root: request.root } : {}),
        })
      : await client.save(request.paths, request.key, request.root ? { root: request.root } : {})
} catch (error) {
  result = { hit: false, saved: false, reason: 'error', detail: errorMessage(error) }
}
process.stdout.write(`\n${WORKER_RESULT}${JSON.stringify(result)}\n`)
