/**
 * The YAML texts of the pipelines shipped in pipelines/, read from disk when first asked for (never at import).
 * The Segment Function bundle replaces this module with the same texts inlined (scripts/build-segment-function.mjs),
 * because a pasted function has no file system.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PipelineSource } from '../pipelines/load-pipelines.ts'

const SHIPPED_DIR = new URL('../../../pipelines/', import.meta.url)

export function shippedPipelineSources(): PipelineSource[] {
  const dir = fileURLToPath(SHIPPED_DIR)
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: `pipelines/${name}`, text: readFileSync(`${dir}${name}`, 'utf8') }))
}
