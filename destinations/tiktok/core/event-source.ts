/**
 * Which TikTok event source an event goes to, and the id it goes to there. One destination sends web, app, offline
 * and CRM events, each to its own id (TikTok's event_source_id: the pixel code, the TikTok App ID, the offline or
 * the CRM event set id), in separate requests. An event names its source in its Event Source field (a mapping;
 * by default `properties.event_source`, then the mobile SDKs' `context.app`, then RudderStack's `channel`); an
 * event that names none, or a channel that is no source (`server`, `sources`), takes the destination's eventSource.
 * Sources: rudder-transformer#4497 (the channel decides: web -> web, mobile -> app) and #4583 (which took back
 * server -> offline: a server call is as likely a web purchase confirmed by a backend as a store sale).
 */
import { EVENT_SOURCES, type EventSource } from './contract.ts'
import type { CoreSettings } from './settings.ts'

/** The setting that holds each source's id, and how a person names it. */
export const SOURCE_ID_SETTINGS = {
  web: { key: 'pixelCode', label: 'Pixel Code' },
  app: { key: 'appId', label: 'TikTok App ID' },
  offline: { key: 'offlineEventSetId', label: 'Offline Event Set ID' },
  crm: { key: 'crmEventSetId', label: 'CRM Event Set ID' }
} as const satisfies Record<EventSource, { key: keyof CoreSettings; label: string }>

export type SourceIdSettings = Partial<
  Pick<CoreSettings, 'pixelCode' | 'appId' | 'offlineEventSetId' | 'crmEventSetId'>
>

/** The event_source_id for a source, or undefined when the destination has none for it. */
export function eventSourceIdFor(source: EventSource, settings: SourceIdSettings): string | undefined {
  return settings[SOURCE_ID_SETTINGS[source].key]
}

/** RudderStack's channels (and Segment's `browser`) that name a source; `server` and `sources` name none. */
const SOURCE_WORDS: ReadonlyMap<string, EventSource> = new Map([
  ...EVENT_SOURCES.map((s) => [s, s] as [string, EventSource]),
  ['mobile', 'app'],
  ['browser', 'web']
])
/** Channels that say nothing about where the event happened. */
const NO_SOURCE_WORDS: ReadonlySet<string> = new Set(['server', 'sources', 'cloud', 'client', ''])

export type SourceReading = { source: EventSource } | { source: undefined; unknown: boolean }

/**
 * A mapped Event Source value -> the source it names (any case): web, app, offline, crm, or a channel (mobile ->
 * app). `unknown` is true for a value that is neither a source nor a channel without one, so a host can say so.
 */
export function readEventSource(value: unknown): SourceReading {
  if (typeof value !== 'string') return { source: undefined, unknown: value !== undefined && value !== null }
  const word = value.trim().toLowerCase()
  const source = SOURCE_WORDS.get(word)
  if (source) return { source }
  return { source: undefined, unknown: !NO_SOURCE_WORDS.has(word) }
}

/**
 * The settings problem that stops every event: the default source has no id. Names the setting, never a value.
 * Undefined when the settings can send.
 */
export function missingDefaultSourceId(
  settings: SourceIdSettings & Partial<Pick<CoreSettings, 'eventSource'>>
): { key: string; message: string } | undefined {
  const source = settings.eventSource ?? 'web'
  if (eventSourceIdFor(source, settings) !== undefined) return undefined
  const { key, label } = SOURCE_ID_SETTINGS[source]
  return {
    key,
    message: `${label} is required: events that name no source go to ${source} (eventSource), and ${source} events need it`
  }
}
