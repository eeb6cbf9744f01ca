#!/usr/bin/env node
// The installed command. The runner is TypeScript run by Bun (shipped as an npm dependency); under Deno use
// `deno run -A runner/adapters/deno.ts`, under plain Node `npx tsx runner/cli.ts`.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
let bun = 'bun'
try {
  bun = join(dirname(require.resolve('bun/package.json')), 'bin', 'bun.exe')
} catch {}
const result = spawnSync(bun, [join(root, 'runner/cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
