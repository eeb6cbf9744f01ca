/**
 * Deno entry point: `deno run -A runner/main-deno.ts serve ...` (Deno.serve serves the same fetch handler).
 */
import { runAsProcess } from './cli.ts'

runAsProcess(process.argv.slice(2))
