/**
 * manifest.json: what this destination is, for registries and the runner's UI, derived from the destination
 * definition and the pipelines (never written by hand). No secrets: settings marked secret carry no default, and
 * pipelines contribute only their subscriptions and mappings (tokens come from the environment at run time).
 */
import { z } from 'zod'
import { CoreSettings } from '../core/settings.ts'
import { buildPresets } from './build-presets.ts'
import type { CompiledPipeline } from './compile-pipeline.ts'
import { CONDITION_OPERATORS } from './condition-operators.ts'
import { ENRICHMENT_DOCS } from './enrichments.ts'
import { ENTRY_MODIFIERS, NAMED_TRANSFORMS } from './named-transforms.ts'
import { CALL_TYPES } from './pipeline-schema.ts'
import { activePipelines } from './run-pipelines.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Loose = Record<string, unknown>

/** The parts of an actions-core DestinationDefinition the manifest reads (structural: no actions-core import). */
export interface DefinitionLike {
  name: string
  slug?: string
  description?: string
  mode?: string
  authentication?: { fields?: Record<string, object> }
  actions: Record<string, { title?: string; description?: string; fields?: Record<string, object> }>
}

export const SUPPORTED_RUNTIMES = ['bun', 'deno', 'node'] as const

const FIELD_KEYS = [
  'label',
  'description',
  'type',
  'required',
  'multiple',
  'default',
  'choices',
  'additionalProperties'
]

/** A field's facts in a fixed key order; nested object fields keep their own properties. */
function describeField(field: Loose): Json {
  const out: Record<string, Json> = {}
  for (const key of FIELD_KEYS) if (field[key] !== undefined) out[key] = field[key] as Json
  if (field.properties && typeof field.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(field.properties as Record<string, Loose>).map(([key, inner]) => [key, describeField(inner)])
    )
  }
  return out
}

function settingsSchema(secrets: readonly string[]): Json {
  const schema = z.toJSONSchema(CoreSettings, { io: 'input' }) as { properties: Record<string, Record<string, Json>> }
  for (const key of secrets) {
    const property = schema.properties[key]
    if (!property) continue
    delete property.default
    property.writeOnly = true
    property['x-secret'] = true
  }
  return schema as unknown as Json
}

export interface ManifestInput {
  definition: DefinitionLike
  pipelines: readonly CompiledPipeline[]
  version: string
}

export function buildManifest({ definition, pipelines, version }: ManifestInput): Json {
  const settingFields = (definition.authentication?.fields ?? {}) as Record<string, Loose>
  const secrets = Object.keys(settingFields).filter((key) => settingFields[key].type === 'password')
  const active = new Set(activePipelines(pipelines))
  const reportFields = (definition.actions.reportEvent?.fields ?? {}) as Record<string, Loose>
  const signal = (key: string) => (reportFields[key]?.default as { '@path'?: string } | undefined)?.['@path'] ?? null
  return {
    name: definition.name,
    slug: definition.slug ?? null,
    version,
    description: definition.description ?? null,
    mode: definition.mode ?? null,
    runtimes: [...SUPPORTED_RUNTIMES],
    settings: settingsSchema(secrets),
    secrets,
    consent: {
      // Server-side delivery to TikTok is sharing for advertising (GDPR, CCPA): it needs advertising consent.
      purpose: 'advertising',
      recommendedCategories: ['Advertising'],
      categoriesSetting: 'consentCategories',
      gpcSetting: 'gpcAction',
      signals: {
        segment: signal('consent_preferences'),
        rudderstack: signal('consent_management'),
        gpc: signal('gpc')
      }
    },
    actions: Object.fromEntries(
      Object.entries(definition.actions).map(([key, action]) => [
        key,
        {
          title: action.title ?? key,
          description: action.description ?? null,
          fields: Object.fromEntries(
            Object.entries(action.fields ?? {}).map(([name, field]) => [name, describeField(field as Loose)])
          )
        }
      ])
    ),
    presets: buildPresets(pipelines) as unknown as Json,
    pipelines: pipelines.map((p) => ({
      name: p.name,
      file: p.file,
      event: p.event ?? null,
      subscription: p.subscription,
      active: active.has(p),
      replacedBy: p.replacedBy,
      replaces: p.replaces
    })),
    pipelineLanguage: {
      callTypes: [...CALL_TYPES],
      operators: Object.keys(CONDITION_OPERATORS),
      transforms: [...NAMED_TRANSFORMS.values(), ...ENTRY_MODIFIERS].map(({ name, summary, mappingKit }) => ({
        name,
        summary,
        mappingKit
      })),
      enrichments: ENRICHMENT_DOCS.map((e) => ({ ...e }))
    }
  }
}

export function renderManifest(manifest: Json): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}
