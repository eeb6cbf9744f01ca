/**
 * `tiktok-events-relay preview --pipeline FILE|DIR --event event.json [--settings settings.json]`: prints the
 * TikTok request body one event would produce (mapped, normalised, hashed, validated), without sending anything.
 * Without a pixel code it previews with the dry-run pixel, as `serve` runs without one, and says so; every field
 * the core left out is named on stderr with its reason (issue 13), as the relay's intake answers `warnings`.
 */
import { CoreSettings } from '../../destinations/tiktok/core/settings.ts'
import {
  FIELD_DEFAULTS,
  formatPipelineIssue,
  loadPipelines,
  type PipelineSource,
  preparePipelines
} from '../../destinations/tiktok/pipelines/index.ts'
import type { Command } from '../cli.ts'
import { DRY_RUN_PIXEL_CODE } from '../config/load-config.ts'
import { IntakeLimits } from '../config/schema.ts'
import { intakeRefusal } from '../intake/parse-messages.ts'
import { JsonFileError, readJsonFile } from './json-file.ts'
import { type PreviewOutcome, previewEvent } from './preview-event.ts'
import { readPipelineSources } from './validate.ts'

const HELP = `Usage: tiktok-events-relay preview --pipeline FILE|DIR --event FILE [--settings FILE]

Prints, as JSON, the TikTok Events API request body that the pipeline would send for the event: mapped,
normalised, hashed and checked against TikTok's contract. Nothing is sent.

Options:
  --pipeline <path>   the pipeline (YAML), or a directory: every pipeline the event triggers
  --event <file>      one Segment-spec event (JSON), or a JSON list of events
  --settings <file>   destination settings (JSON, CoreSettings keys: pixelCode, appId, offlineEventSetId,
                      crmEventSetId, eventSource, consentCategories, sendCustomEvents...); the ids may also come
                      from TIKTOK_PIXEL_CODE, TIKTOK_APP_ID, TIKTOK_OFFLINE_EVENT_SET_ID, TIKTOK_CRM_EVENT_SET_ID,
                      else the dry-run id ${DRY_RUN_PIXEL_CODE} is used, as serve does. The access token is never
                      needed.

An event intake would refuse (no userId or anonymousId, no event name, a time TikTok no longer takes...) is not
previewed: "intake would refuse this: <field>: <message> (<reason>)" on stderr, exit 1, checked by intake's own code.
A file that is not JSON is named with its line and column: "event.json:3:5: invalid JSON: comma expected".

Fields left out of the event (a value TikTok could not take) are listed on stderr as
"dropped field <path> (<reason>)", the path as the event sent it (and TikTok's field when that is another path:
"dropped field properties.revenue (out_of_range, TikTok's properties.value)"); the event is still printed.
  -h, --help          this text`

type Options = { pipeline?: string; event?: string; settings?: string }

function parseArgs(argv: string[]): Options | string {
  const options: Options = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined]
    const key = flag.replace(/^--/, '') as keyof Options
    if (!['--pipeline', '--event', '--settings'].includes(flag))
      return `Unknown option "${argv[i]}" (see preview --help)`
    const value = inline ?? argv[++i]
    if (value === undefined) return `${flag} needs a value`
    options[key] = value
  }
  if (!options.pipeline) return '--pipeline is required (see preview --help)'
  if (!options.event) return '--event is required (see preview --help)'
  return options
}

/** Prints each outcome (bodies on stdout, the rest on stderr); false when nothing could be previewed. */
function printOutcomes(outcomes: PreviewOutcome[]): boolean {
  let ok = true
  for (const o of outcomes) {
    if (o.kind === 'request') {
      console.log(JSON.stringify(o.body, null, 2))
      for (const w of o.warnings) {
        const tiktok = w.tiktokField === undefined ? '' : `, TikTok's ${w.tiktokField}`
        console.error(`dropped field ${w.field} (${w.reason}${tiktok})`)
      }
    } else if (o.kind === 'dropped') console.error(`not sent: ${o.reason} (${o.detail})`)
    else if (o.kind === 'not_matched') {
      console.error(`the event does not trigger ${o.pipeline} (${o.trigger})`)
      ok = false
    } else if (o.kind === 'no_pipeline') {
      console.error(`not sent: ${o.message}`)
      ok = false
    } else {
      for (const issue of o.issues) console.error(`invalid event for TikTok: ${issue.path}: ${issue.message}`)
      ok = false
    }
  }
  return ok
}

export const command: Command = {
  summary: 'print the TikTok request body a pipeline would send for an event, without sending',
  help: HELP,
  async run(argv) {
    const options = parseArgs(argv)
    if (typeof options === 'string') {
      console.error(options)
      return 1
    }
    let sources: PipelineSource[]
    try {
      sources = readPipelineSources([options.pipeline!])
    } catch (error) {
      console.error(`cannot read ${options.pipeline}: ${(error as Error).message}`)
      return 1
    }
    const { pipelines, issues } = loadPipelines(sources, { fieldDefaults: FIELD_DEFAULTS })
    if (issues.length > 0) {
      for (const issue of issues) console.error(formatPipelineIssue(issue))
      return 1
    }
    const prepared = preparePipelines(pipelines)
    let events: unknown
    let rawSettings: unknown
    try {
      events = readJsonFile(options.event!, 'event file')
      rawSettings = options.settings ? readJsonFile(options.settings, 'settings file') : {}
    } catch (error) {
      if (!(error instanceof JsonFileError)) throw error
      console.error(error.message)
      return 1
    }
    // Preview never sends, so the token is a placeholder that is never printed.
    const given: Record<string, unknown> = {
      pixelCode: process.env.TIKTOK_PIXEL_CODE || undefined,
      appId: process.env.TIKTOK_APP_ID || undefined,
      offlineEventSetId: process.env.TIKTOK_OFFLINE_EVENT_SET_ID || undefined,
      crmEventSetId: process.env.TIKTOK_CRM_EVENT_SET_ID || undefined,
      ...(rawSettings as object)
    }
    if (!given.pixelCode) {
      console.error(
        `note: no pixel code (set TIKTOK_PIXEL_CODE or pixelCode in --settings): previewing with the dry-run pixel ${DRY_RUN_PIXEL_CODE}, as serve does without one`
      )
      given.pixelCode = DRY_RUN_PIXEL_CODE
    }
    // App, offline and CRM events preview against their own id, or the dry-run one.
    for (const key of ['appId', 'offlineEventSetId', 'crmEventSetId']) given[key] ??= DRY_RUN_PIXEL_CODE
    const parsed = CoreSettings.safeParse({ ...given, accessToken: 'preview-never-sent' })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(`settings ${issue.path.join('.')}: ${issue.message}`)
      return 1
    }
    let failed = false
    // The relay's default limits: preview reads no relay.yaml.
    const limits = IntakeLimits.parse({})
    const list = Array.isArray(events)
    const all: unknown[] = Array.isArray(events) ? events : [events]
    for (const [i, event] of all.entries()) {
      const which = list ? `event ${i}: ` : ''
      if (typeof event !== 'object' || event === null || Array.isArray(event)) {
        console.error(`${which}an event must be a JSON object`)
        failed = true
        continue
      }
      // Intake's own checks (ids, event name, a plausible time...): a request intake would never queue is not shown.
      const refused = intakeRefusal(event as Record<string, unknown>, limits)
      if (refused) {
        console.error(`${which}intake would refuse this: ${refused.field}: ${refused.message} (${refused.reason})`)
        failed = true
        continue
      }
      if (!printOutcomes(await previewEvent(prepared, event as Record<string, unknown>, parsed.data))) failed = true
    }
    return failed ? 1 : 0
  }
}
