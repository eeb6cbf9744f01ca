/**
 * `tiktok-events-relay validate [paths...]`: loads pipeline files (default: pipelines/) exactly as the relay would
 * and lists EVERY problem as file:line:col: message. Exit 0 when all are valid, 1 otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  activePipelines,
  FIELD_DEFAULTS,
  formatPipelineIssue,
  loadPipelines,
  type PipelineSource
} from '../../destinations/tiktok/pipelines/index.ts'
import type { Command } from '../cli.ts'

const HELP = `Usage: tiktok-events-relay validate [paths...] [--no-env]

Checks pipeline files (a file, or every *.yaml / *.yml in a directory; default: pipelines/) and prints every
problem as file:line:col: path: message. Exits 1 when there is any.

Options:
  --no-env     do not resolve secrets (\${VAR}, auth: access_token -> TIKTOK_ACCESS_TOKEN) from the environment
  -h, --help   this text`

/** Files named on the command line, directories expanded to their YAML files (sorted, so output is stable). */
export function readPipelineSources(paths: string[], cwd: string = process.cwd()): PipelineSource[] {
  return paths.flatMap((path) => {
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path]
    return files.map((file) => ({ path: relative(cwd, file) || file, text: readFileSync(file, 'utf8') }))
  })
}

export const command: Command = {
  summary: 'check pipeline files and list every problem (file:line:col)',
  help: HELP,
  async run(argv) {
    const unknown = argv.find((arg) => arg.startsWith('-') && arg !== '--no-env')
    if (unknown) {
      console.error(`Unknown option "${unknown}" (see validate --help)`)
      return 1
    }
    const paths = argv.filter((arg) => !arg.startsWith('-'))
    let sources: PipelineSource[]
    try {
      sources = readPipelineSources(paths.length > 0 ? paths : ['pipelines'])
    } catch (error) {
      console.error(`cannot read ${(error as { path?: string }).path ?? 'the pipelines'}: ${(error as Error).message}`)
      return 1
    }
    if (sources.length === 0) {
      console.error(`no pipeline files (*.yaml, *.yml) in ${paths.join(', ') || 'pipelines'}`)
      return 1
    }
    const env = argv.includes('--no-env') ? undefined : process.env
    const { pipelines, issues } = loadPipelines(sources, { fieldDefaults: FIELD_DEFAULTS, env })
    if (issues.length > 0) {
      for (const issue of issues) console.error(formatPipelineIssue(issue))
      console.error(
        `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${sources.length} file${sources.length === 1 ? '' : 's'}`
      )
      return 1
    }
    const active = new Set(activePipelines(pipelines))
    for (const p of pipelines) {
      const note = active.has(p)
        ? ''
        : ` (replaced by ${p.replacedBy.filter((n) => pipelines.some((o) => o.name === n)).join(', ') || 'another pipeline'})`
      console.log(`${p.file}: ${p.name} -> ${p.event ?? '(event from the event data)'} when ${p.subscription}${note}`)
    }
    console.log(`ok: ${pipelines.length} pipeline${pipelines.length === 1 ? '' : 's'}, ${active.size} active`)
    return 0
  }
}
