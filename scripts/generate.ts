/**
 * `npm run manifest` (bun scripts/generate.ts): writes destinations/tiktok/presets.generated.ts and manifest.json
 * from pipelines/*.yaml and the destination definition, and docs/field-sources.md from the reportEvent field
 * defaults. `--check` writes nothing and exits 1 naming stale files (CI runs it). Output is deterministic: sorted
 * inputs, stable key order, no timestamps, no secrets.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderFieldSources } from '../destinations/tiktok/pipelines/build-field-sources.ts'
import { buildManifest, renderManifest } from '../destinations/tiktok/pipelines/build-manifest.ts'
import { buildPresets, type PresetData } from '../destinations/tiktok/pipelines/build-presets.ts'
import { FIELD_DEFAULTS } from '../destinations/tiktok/pipelines/field-defaults.ts'
import { loadPipelines, type PipelineSource } from '../destinations/tiktok/pipelines/load-pipelines.ts'
import { formatPipelineIssue } from '../destinations/tiktok/pipelines/pipeline-issue.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const PRESETS_FILE = 'destinations/tiktok/presets.generated.ts'
const MANIFEST_FILE = 'manifest.json'
const FIELD_SOURCES_FILE = 'docs/field-sources.md'

export function readPipelineSources(dir: string): PipelineSource[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: relative(ROOT, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }))
}

export function renderPresets(presets: PresetData[]): string {
  return [
    '// generated, do not edit: `npm run manifest` writes this file from pipelines/*.yaml.',
    "import type { Preset } from '@segment/actions-core'",
    '',
    `export const presets: Preset[] = ${JSON.stringify(presets, null, 2)}`,
    ''
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  const { pipelines, issues } = loadPipelines(readPipelineSources(join(ROOT, 'pipelines')), {
    fieldDefaults: FIELD_DEFAULTS
  })
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatPipelineIssue(issue))
    return 1
  }
  const outputs = new Map<string, string>([[PRESETS_FILE, renderPresets(buildPresets(pipelines))]])
  const current = (file: string) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : undefined)
  const onDisk = new Map([PRESETS_FILE, MANIFEST_FILE, FIELD_SOURCES_FILE].map((file) => [file, current(file)]))
  // The definition imports the presets file: write it before loading the definition.
  if (!check) writeFileSync(join(ROOT, PRESETS_FILE), outputs.get(PRESETS_FILE)!)
  const definition = (await import('../destinations/tiktok/index.ts')).default
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  outputs.set(MANIFEST_FILE, renderManifest(buildManifest({ definition, pipelines, version: pkg.version })))
  outputs.set(FIELD_SOURCES_FILE, renderFieldSources(definition.actions.reportEvent!.fields as never))

  const stale = [...outputs].filter(([file, text]) => onDisk.get(file) !== text).map(([file]) => file)
  if (check) {
    if (stale.length === 0) return 0
    console.error(`stale generated files: ${stale.join(', ')}; run \`npm run manifest\` and commit them`)
    return 1
  }
  for (const file of stale) writeFileSync(join(ROOT, file), outputs.get(file)!)
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'generated files are up to date')
  return 0
}

if (import.meta.main) process.exit(await main(process.argv.slice(2)))
