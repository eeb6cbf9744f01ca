#!/usr/bin/env node
// The installed command. The runner is TypeScript run by Bun (shipped as an npm dependency); under Deno use
// `deno run -A runner/main-deno.ts`, under plain Node `npx tsx runner/main-node.ts`.
//
// Node cannot exec(), so this process stays between its caller and Bun, and must not leave Bun behind: containers
// and systemd signal the first process only. It forwards SIGTERM, SIGINT and SIGHUP to Bun, and exits as Bun does.
// Run by npm (`npx tiktok-events-relay`, an npm script), it also watches its parent: npm forwards SIGTERM and SIGINT
// only to the shell it started, which dies of them and leaves this process to init; a new parent then means npm is
// stopping, so Bun is stopped as if signalled.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { constants } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
let bun = 'bun'
try {
  bun = join(dirname(require.resolve('bun/package.json')), 'bin', 'bun.exe')
} catch {}

const FORWARDED = ['SIGTERM', 'SIGINT', 'SIGHUP']
const child = spawn(bun, [join(root, 'runner/cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of FORWARDED) process.on(signal, () => child.kill(signal))

if (process.env.npm_command) {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM')
  }, 200).unref()
}

child.on('error', (err) => {
  console.error(`tiktok-events-relay: cannot run ${bun}: ${err.message}`)
  process.exit(1)
})
// A shell reads 128 + N as "ended by signal N", as it would have for Bun itself.
child.on('exit', (code, signal) => process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1)))
