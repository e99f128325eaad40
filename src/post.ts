import { run } from './post/run.js'

await run()
// Everything is written (outputs, summary, the post step's save): end now, as actions/cache's
// restore does (earlyExit), so a socket some library left open cannot keep the step running.
process.exit()
