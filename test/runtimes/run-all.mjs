/**
 * `npm run test:runtimes`: runs test/runtimes/smoke.ts under Bun, Deno and Node 20 (each from npm: `npx bun`,
 * `npx deno run -A`, `npx tsx`), one after the other, prints one result line per runtime and then
 * `N passed, N failed`. Exits 1 when any runtime failed.
 */
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const SMOKE = 'test/runtimes/smoke.ts'
const TIMEOUT_MS = 180_000

const RUNTIMES = [
  { name: 'bun', command: ['npx', 'bun', SMOKE] },
  // deno.json (nodeModulesDir: manual) makes Deno resolve npm packages from ./node_modules.
  { name: 'deno', command: ['npx', 'deno', 'run', '-A', SMOKE] },
  { name: 'node', command: ['npx', 'tsx', SMOKE] }
]

function run(runtime) {
  return new Promise((resolve) => {
    const started = Date.now()
    const [cmd, ...args] = runtime.command
    const child = spawn(cmd, [...args, '--runtime', runtime.name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => {
      stdout += c
    })
    child.stderr.on('data', (c) => {
      stderr += c
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const lines = stdout.split('\n')
      const ok = lines.filter((l) => l.startsWith('ok ')).length
      const notOk = lines.filter((l) => l.startsWith('not ok '))
      const passed = code === 0 && notOk.length === 0 && lines.includes('SMOKE PASSED')
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const version = lines.find((l) => l.startsWith('runtime '))?.slice('runtime '.length) ?? runtime.name
      let why = notOk.join('; ')
      if (!passed && !why) {
        why = signal
          ? `killed (${signal}) after ${TIMEOUT_MS / 1000}s`
          : `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`
      }
      resolve({ name: version, passed, ok, seconds, why })
    })
  })
}

const results = []
for (const runtime of RUNTIMES) {
  const result = await run(runtime)
  results.push(result)
  console.log(
    result.passed
      ? `PASS ${result.name}: ${result.ok} checks in ${result.seconds}s`
      : `FAIL ${result.name}: ${result.ok} checks passed; ${result.why}`
  )
}
const passed = results.filter((r) => r.passed).length
console.log(`${passed} passed, ${results.length - passed} failed`)
process.exit(passed === results.length ? 0 : 1)
