// The cache service as a standalone process, the way `npm run demo` starts it.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const cli = fileURLToPath(new URL('./support/cache-server.mjs', import.meta.url))

it('prints its env as one JSON line, serves Twirp, and exits on SIGTERM', async () => {
  const child = spawn(process.execPath, [cli], { stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const rl = createInterface({ input: child.stdout })
      rl.once('line', resolve)
      child.once('exit', () => reject(new Error('cache service exited before printing its env')))
    })
    const { url, env } = JSON.parse(line) as { url: string; env: Record<string, string> }
    expect(env['ACTIONS_RESULTS_URL']).toBe(url)
    expect(env['ACTIONS_CACHE_SERVICE_V2']).toBeTruthy()
    const res = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${env['ACTIONS_RUNTIME_TOKEN']}` },
      body: JSON.stringify({ key: 'nothing-', version: 'v' }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: false })
    const unauthenticated = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', url), {
      method: 'POST',
      body: '{}',
    })
    expect(unauthenticated.status).toBe(401)
  } finally {
    child.kill('SIGTERM')
  }
  expect(await exited).toBe(0)
})
