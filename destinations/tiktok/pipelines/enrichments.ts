/**
 * Enrichments: first-party identity the runner attaches to events, read into TikTok's user fields. A small
 * registry; each entry checks its own keys and fails with a message that names it. Paths follow the conventions in
 * docs/architecture.md: the runner stores the `_ttp` and `ttclid` cookies as context.ttp / context.ttclid, and
 * senders may also pass them in properties or integrations (Segment's "TikTok Conversions" key, or TikTok). The
 * browser ids are read exactly as the ttp / ttclid field defaults read them (a superset of these places; see
 * docs/field-sources.md); identity reads its Segment id first and lets the external_id default fill in.
 */
import type { JsonValue } from '../mapping/mapping-types.ts'
import type { EnrichmentSpec } from './pipeline-schema.ts'
import { readFirst } from './source-paths.ts'
import { resolveTarget, type Target } from './tiktok-targets.ts'

export interface EnrichmentOutput {
  target: Target
  targetText: string
  expr: JsonValue
  /** As in compile-entry.ts: `first` read before the field default. Empty: the field default alone, when it has one. */
  layers: { first?: JsonValue }
}
export type EnrichmentResult = EnrichmentOutput | { problem: string; key?: keyof EnrichmentSpec }

interface Enrichment {
  name: string
  summary: string
  keys: ReadonlyArray<keyof EnrichmentSpec>
  target: string
  compile(spec: EnrichmentSpec): JsonValue | { problem: string; key?: keyof EnrichmentSpec }
}

const firstPartyId = (key: string): JsonValue =>
  readFirst([
    `$.context.${key}`,
    `$.properties.${key}`,
    `$.integrations.TikTok Conversions.${key}`,
    `$.integrations.TikTok.${key}`
  ])

/** Browser cookies the runner captures, and the event key it stores each under. */
const COOKIES: Record<string, string> = { _ttp: 'ttp' }
const IDENTITY_SOURCES: Record<string, string> = { user_id: '$.userId', anonymous_id: '$.anonymousId' }

const ENRICHMENTS: Enrichment[] = [
  {
    name: 'vendor_id',
    summary:
      'TikTok\'s browser id from the _ttp cookie, read as the ttp field default reads it (context.ttp, properties.ttp, integrations["TikTok Conversions"].ttp, ...)',
    keys: ['type', 'vendor', 'cookies', 'target'],
    target: 'user.ttp',
    compile(spec) {
      if (spec.vendor !== 'tiktok') {
        return { problem: `vendor_id: unknown vendor ${JSON.stringify(spec.vendor)}; expected tiktok`, key: 'vendor' }
      }
      const cookies = spec.cookies ?? ['_ttp']
      const unknown = cookies.find((cookie) => !COOKIES[cookie])
      if (unknown !== undefined) {
        return {
          problem: `vendor_id: unknown cookie ${JSON.stringify(unknown)}; expected ${Object.keys(COOKIES).join(', ')}`,
          key: 'cookies'
        }
      }
      return firstPartyId(COOKIES[cookies[0]])
    }
  },
  {
    name: 'click_id',
    summary:
      'The ttclid click id, read as the ttclid field default reads it (context.ttclid, properties.ttclid, integrations["TikTok Conversions"].ttclid, ...); the core prefers the page URL',
    keys: ['type', 'param', 'target'],
    target: 'user.ttclid',
    compile(spec) {
      if ((spec.param ?? 'ttclid') !== 'ttclid') {
        return { problem: `click_id: unknown param ${JSON.stringify(spec.param)}; expected ttclid`, key: 'param' }
      }
      return firstPartyId('ttclid')
    }
  },
  {
    name: 'identity',
    summary: 'A Segment id (user_id or anonymous_id) as external_id; the core hashes it',
    keys: ['type', 'source', 'target'],
    target: 'user.external_id',
    compile(spec) {
      const path = IDENTITY_SOURCES[spec.source ?? '']
      if (!path) {
        return {
          problem: `identity: unknown source ${JSON.stringify(spec.source)}; expected ${Object.keys(IDENTITY_SOURCES).join(', ')}`,
          key: 'source'
        }
      }
      return { '@path': path } as JsonValue
    }
  }
]

const BY_NAME = new Map(ENRICHMENTS.map((enrichment) => [enrichment.name, enrichment]))

export const ENRICHMENT_DOCS = ENRICHMENTS.map(({ name, summary, target }) => ({ name, summary, target }))

export function compileEnrichment(spec: EnrichmentSpec): EnrichmentResult {
  const enrichment = BY_NAME.get(spec.type)
  if (!enrichment) {
    return {
      problem: `unknown enrichment ${JSON.stringify(spec.type)}; expected one of ${[...BY_NAME.keys()].join(', ')}`,
      key: 'type'
    }
  }
  const stray = (Object.keys(spec) as Array<keyof EnrichmentSpec>).find(
    (key) => spec[key] !== undefined && !enrichment.keys.includes(key)
  )
  if (stray) {
    return { problem: `${enrichment.name} takes ${enrichment.keys.join(', ')}; "${stray}" does not apply`, key: stray }
  }
  const targetText = spec.target ?? enrichment.target
  if (targetText !== enrichment.target) {
    return {
      problem: `${enrichment.name}: target must be ${enrichment.target}, got ${JSON.stringify(targetText)}`,
      key: 'target'
    }
  }
  const expr = enrichment.compile(spec)
  if (expr && typeof expr === 'object' && 'problem' in expr)
    return expr as { problem: string; key?: keyof EnrichmentSpec }
  const target = resolveTarget(targetText) as Target
  // The browser ids' own paths are all in their field defaults; an identity's Segment id is read before its default.
  const layers = enrichment.name === 'identity' ? { first: expr as JsonValue } : {}
  return { target, targetText, expr: expr as JsonValue, layers }
}
