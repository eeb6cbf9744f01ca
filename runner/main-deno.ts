/**
 * Deno entry point: `deno run -A runner/main-deno.ts serve ...` (Deno.serve serves the same fetch handler).
 */
import { main } from './cli.ts'

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exit(code)
  },
  (err) => {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(1)
  }
)
