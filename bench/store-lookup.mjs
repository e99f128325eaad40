// One driver's run-id lookups (bench/run.mjs, section c), in a process of its own so each SQLite
// driver is measured on the Node it needs: the store bundle (bench/store-bundle.mjs) picks the
// driver named by AGENT_RESUME_TEST_SQLITE_DRIVER. Prints one JSON document on stdout.
//
//   node bench/store-lookup.mjs <store bundle> <db path> <native dir> <sessions> <lookups>
import { pathToFileURL } from 'node:url'

const [bundle, dbPath, nativeDir, sessionsText, lookupsText] = process.argv.slice(2)
const sessions = Number(sessionsText)
const lookups = Number(lookupsText)
const mod = await import(pathToFileURL(bundle).href)
const { store, driver } = mod.openStore(dbPath, { warn: () => {}, nativeDir })
try {
  // The bulk insert of test/store.test.ts: unrelated runs, one session each.
  const insert = store.db.prepare('INSERT INTO sessions (id, created_at, updated_at, metadata) VALUES (?, ?, ?, ?)')
  store.db.transaction(() => {
    for (let i = 0; i < sessions; i++) {
      insert.run(`ses_${i}`, i, i, JSON.stringify({ github_run_id: String(1_000_000 + i), session_key: 'agent' }))
    }
  })()
  const lookup = (runId) => mod.findResumableSession(store.sessionsForRun(runId, 'agent'), runId, 'agent')
  for (let i = 0; i < 200; i++) lookup(String(1_000_000 + ((i * 7919) % sessions))) // warm-up
  const samples = []
  for (let i = 0; i < lookups; i++) {
    const target = Math.floor(Math.random() * sessions)
    const runId = String(1_000_000 + target)
    const t0 = process.hrtime.bigint()
    const found = lookup(runId)
    samples.push(Number(process.hrtime.bigint() - t0) / 1000)
    if (found?.id !== `ses_${target}`) throw new Error(`lookup of run ${runId} found ${found?.id}`)
  }
  process.stdout.write(JSON.stringify({ driver: { name: driver.name, version: driver.version, sqlite: driver.sqlite }, samples }))
} finally {
  store.close()
}
