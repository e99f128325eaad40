import { run } from './main/run.js'

await run()
