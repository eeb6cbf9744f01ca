/**
 * Node 20 entry point: `npx tsx runner/main-node.ts serve ...` (the Node adapter is picked automatically; this file
 * exists so Node users have one obvious thing to run).
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
