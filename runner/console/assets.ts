/**
 * The console's static files: its own (public/) and uPlot's build from node_modules (pinned in package.json), read
 * once and kept in memory. Only the names listed here are served.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const own = (file: string) => new URL(`./public/${file}`, import.meta.url)
const uplot = (file: string) => pathToFileURL(createRequire(import.meta.url).resolve(`uplot/dist/${file}`))

const FILES: Record<string, { at: () => URL; type: string }> = {
  'uPlot.iife.min.js': { at: () => uplot('uPlot.iife.min.js'), type: 'text/javascript' },
  'uPlot.min.css': { at: () => uplot('uPlot.min.css'), type: 'text/css' }
}
for (const f of [
  'common.js',
  'overview.js',
  'match-quality.js',
  'live.js',
  'unmatched.js',
  'dead-letters.js',
  'playground.js'
])
  FILES[f] = { at: () => own(f), type: 'text/javascript' }
FILES['console.css'] = { at: () => own('console.css'), type: 'text/css' }

const cache = new Map<string, Promise<string>>()

/** The asset `name`, or undefined when there is none of that name. */
/** Whether the console serves a static file of this name (under /console/assets/). */
export const isAsset = (name: string): boolean => Object.hasOwn(FILES, name)

export async function asset(name: string): Promise<Response | undefined> {
  // Own keys only: `constructor` or `__proto__` is a key of every object and no asset.
  if (!isAsset(name)) return undefined
  const file = FILES[name]!
  let bytes = cache.get(name)
  if (!bytes) {
    bytes = readFile(file.at(), 'utf8')
    cache.set(name, bytes)
  }
  return new Response(await bytes, { headers: { 'content-type': `${file.type}; charset=utf-8` } })
}
