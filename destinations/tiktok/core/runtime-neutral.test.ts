/**
 * The core, the mapping evaluator and the pipeline compiler run unchanged in Bun, Deno, Node, a Segment Function
 * and a RudderStack transformer, so they may use Web APIs only. This scans their sources for runtime-specific code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SCANNED = ['destinations/tiktok/core', 'destinations/tiktok/mapping', 'destinations/tiktok/pipelines']
/** `path: pattern name` entries that are allowed on purpose. Empty, and it should stay empty. */
const ALLOWED: ReadonlySet<string> = new Set()

const FORBIDDEN: Array<[string, RegExp]> = [
  ['node: import', /\bfrom\s*['"]node:|\bimport\s*\(\s*['"]node:|\brequire\s*\(\s*['"]node:/],
  ['process', /(?<![\w$./-])process\s*(\.|\[)|globalThis\s*\.\s*process\b/],
  ['Buffer', /(?<![\w$.])Buffer\b|globalThis\s*\.\s*Buffer\b/],
  ['Bun.', /(?<![\w$.])Bun\s*\.|globalThis\s*\.\s*Bun\b/],
  ['Deno.', /(?<![\w$.])Deno\s*\.|globalThis\s*\.\s*Deno\b/]
]

/** Comments may mention the runtimes (to explain this rule); only code counts. URLs keep their `//`. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}

function findRuntimeSpecific(source: string): string[] {
  const code = stripComments(source)
  return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name)
}

function sourceFiles(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    // Tests run under vitest on Node and may use node: freely; they never ship.
    return /\.(ts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

describe('runtime neutrality', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'", ['node: import']],
    ["const m = await import('node:crypto')", ['node: import']],
    ['const token = process.env.TOKEN', ['process']],
    ["const b = Buffer.from('x')", ['Buffer']],
    ['Bun.serve({ fetch })', ['Bun.']],
    ["const v = Deno.env.get('X')", ['Deno.']],
    ["const isNode = typeof globalThis.process !== 'undefined'", ['process']],
    ['if (globalThis.Bun) serve()', ['Bun.']],
    ['// works on Bun. and Deno. without process.env', []],
    ['/* Buffer is not used */ const url = "https://example.com/process.html"', []],
    ['const processed = items.process; onprocess.x()', []]
  ])('detects %j', (source, found) => {
    expect(findRuntimeSpecific(source)).toEqual(found)
  })

  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))

  it('finds the core sources to scan', () => {
    expect(files.some((f) => f.endsWith('core/build-event.ts'))).toBe(true)
  })

  it('no scanned file uses node:, process, Buffer, Bun or Deno', () => {
    const violations = files.flatMap((file) => {
      const rel = relative(ROOT, file)
      return findRuntimeSpecific(readFileSync(file, 'utf8'))
        .filter((name) => !ALLOWED.has(`${rel}: ${name}`))
        .map((name) => `${rel}: ${name}`)
    })
    expect(violations).toEqual([])
  })
})
