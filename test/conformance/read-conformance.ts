/**
 * The conformance fixtures (test/fixtures/conformance/*.json): per kind of fault of issue 13, Segment-spec input
 * events and the TikTok event each must become, in every host. A file holds `base` (an event every case starts
 * from), `expectBase` (the TikTok event every case starts from) and `cases`; a case's `event` and `expect` are
 * merged over them (objects key by key, lists replaced, `null` removes a key). `expect: null` means nothing reaches
 * TikTok; `refused: true` that the host refuses the event (TikTok could not take it at all). A string "sha256:x" in
 * an expectation stands for the SHA-256 hex of x (the normalised value, so the fixture shows the normalisation).
 * A case without a messageId gets `<kind>/<name>` (hosts deduplicate by it), which is then the expected event_id
 * unless the case expects another. The base's `timestamp` is a date of writing, not of running: it is moved to one
 * day before the run (and the expected `event_time` with it), since the relay refuses events older than TikTok's
 * 28-day window and the fixtures must not expire.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES_DIR } from '../fixtures/pipelines/read-fixtures.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export interface ConformanceCase {
  kind: string
  name: string
  /** Destination settings every host understands: only sendCustomEvents (RudderStack's Config key too). */
  settings: { sendCustomEvents?: boolean }
  event: JsonObject
  /** The event source the event goes to (web unless the case says otherwise), hence the id of its request. */
  source: 'web' | 'app' | 'offline' | 'crm'
  /** The TikTok event, or null when nothing is sent. */
  expect: JsonObject | null
  refused: boolean
  /** The fields the core leaves out, as the relay answers them (without the index). */
  warnings: Array<{ field: string; reason: string }>
}

interface ConformanceFile {
  kind: string
  base?: JsonObject
  expectBase?: JsonObject
  cases: Array<{
    name: string
    settings?: ConformanceCase['settings']
    source?: ConformanceCase['source']
    event?: JsonObject
    expect?: JsonObject | null
    refused?: boolean
    warnings?: ConformanceCase['warnings']
  }>
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

function merge(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base }
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key]
    else if (isObject(value) && isObject(out[key])) out[key] = merge(out[key] as JsonObject, value)
    else out[key] = value
  }
  return out
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

function expandHashes(value: Json): Json {
  if (typeof value === 'string') return value.startsWith('sha256:') ? sha256(value.slice(7)) : value
  if (Array.isArray(value)) return value.map(expandHashes)
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandHashes(v)]))
  return value
}

export const CONFORMANCE_DIR = join(FIXTURES_DIR, '..', 'conformance')

/** `base.timestamp` and `expectBase.event_time` (the same instant) moved to `runDay`; other times stay as written. */
function movedToRunDay(spec: ConformanceFile, runDay: number): ConformanceFile {
  const written = typeof spec.base?.timestamp === 'string' ? Date.parse(spec.base.timestamp) : Number.NaN
  if (Number.isNaN(written)) return spec
  const base = { ...spec.base, timestamp: new Date(runDay).toISOString() }
  const expectBase =
    spec.expectBase?.event_time === written / 1000 ? { ...spec.expectBase, event_time: runDay / 1000 } : spec.expectBase
  return { ...spec, base, expectBase }
}

export function readConformanceCases(): ConformanceCase[] {
  // A whole second a day before now: inside every window the hosts check, the same for every file.
  const runDay = Math.floor((Date.now() - 24 * 3600 * 1000) / 1000) * 1000
  const files = readdirSync(CONFORMANCE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
  return files.flatMap((file) => {
    const spec = movedToRunDay(JSON.parse(readFileSync(join(CONFORMANCE_DIR, file), 'utf8')) as ConformanceFile, runDay)
    return spec.cases.map((c) => {
      const messageId = `${spec.kind}/${c.name}`
      const event = merge({ messageId, ...(spec.base ?? {}) }, c.event ?? {})
      const expected = merge({ event_id: String(event.messageId), ...(spec.expectBase ?? {}) }, c.expect ?? {})
      return {
        kind: spec.kind,
        name: c.name,
        settings: c.settings ?? {},
        source: c.source ?? 'web',
        event,
        expect: c.expect === null || c.refused ? null : (expandHashes(expected) as JsonObject),
        refused: c.refused === true,
        warnings: c.warnings ?? []
      }
    })
  })
}
