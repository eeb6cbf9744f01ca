/**
 * Node 20 entry point: `npx tsx runner/main-node.ts serve ...` (the Node adapter is picked automatically; this file
 * exists so Node users have one obvious thing to run).
 */
import { runAsProcess } from './cli.ts'

runAsProcess(process.argv.slice(2))
