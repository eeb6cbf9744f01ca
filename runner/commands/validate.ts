/**
 * `tiktok-events-relay validate [paths...]`: loads pipeline files (default: pipelines/) exactly as the relay would
 * and lists EVERY problem as file:line:col: message. Exit 0 when all are valid, 1 otherwise. It judges what the
 * files say: a secret the environment lacks (TIKTOK_ACCESS_TOKEN) is a note, since the relay runs in dry-run
 * without it; `--check-env` makes it an error, for deploy checks (issue 14).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describeTrigger } from '../../destinations/tiktok/pipelines/describe-trigger.ts'
import {
  activePipelines,
  type CompiledPipeline,
  FIELD_DEFAULTS,
  formatPipelineIssue,
  loadPipelines,
  type PipelineIssue,
  type PipelineSource
} from '../../destinations/tiktok/pipelines/index.ts'
import type { Command } from '../cli.ts'

const HELP = `Usage: tiktok-events-relay validate [paths...] [--check-env | --no-env]

Checks pipeline files (a file, or every *.yaml / *.yml in a directory; default: pipelines/) and prints every
problem as file:line:col: path: message. Exits 1 when there is any. Lists each pipeline with the TikTok event
name it sends and the events it takes.

A secret the pipelines read (auth: access_token -> TIKTOK_ACCESS_TOKEN, \${VAR}) that this environment does not
set is a note, not a problem: the relay runs in dry-run without a token.

Options:
  --check-env  also check the environment: an unset secret is a problem (exit 1), for deploy checks
  --no-env     do not look at the environment at all
  -h, --help   this text`

const OPTIONS = new Set(['--no-env', '--check-env'])

/** One line per unset variable, however many pipelines read it, saying how to check the environment. */
function envNotes(notes: PipelineIssue[]): string[] {
  const byVariable = new Map<string, number>()
  for (const note of notes) {
    const variable = /environment variable (\S+)/.exec(note.message)?.[1] ?? note.message
    byVariable.set(variable, (byVariable.get(variable) ?? 0) + 1)
  }
  return [...byVariable].map(
    ([variable, n]) =>
      `note: ${variable} is not set here (read by ${n} pipeline${n === 1 ? '' : 's'}); the relay runs in dry-run without it. To check the environment too: tiktok-events-relay validate --check-env`
  )
}

/** "Purchase", or "Purchase (written CompletePayment)" when TikTok gets another spelling than the file's. */
function sentName(p: CompiledPipeline): string {
  if (p.event === undefined) return "the event's own name (TikTok's spelling for a TikTok name)"
  const sends = p.sends ?? p.event
  const note = p.custom ? ' (custom event)' : sends !== p.event ? ` (written ${p.event})` : ''
  return `${sends}${note}`
}

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
    const unknown = argv.find((arg) => arg.startsWith('-') && !OPTIONS.has(arg))
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
    if (argv.includes('--no-env') && argv.includes('--check-env')) {
      console.error('--check-env and --no-env contradict each other (see validate --help)')
      return 1
    }
    const env = argv.includes('--no-env') ? undefined : process.env
    const missingSecrets = argv.includes('--check-env') ? 'issue' : 'note'
    const { pipelines, issues, notes } = loadPipelines(sources, { fieldDefaults: FIELD_DEFAULTS, env, missingSecrets })
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
      console.log(`${p.file}: ${p.name} sends ${sentName(p)} for ${describeTrigger(p.trigger)}${note}`)
    }
    console.log(`ok: ${pipelines.length} pipeline${pipelines.length === 1 ? '' : 's'}, ${active.size} active`)
    for (const line of envNotes(notes)) console.log(line)
    return 0
  }
}
