/**
 * The actions-core destination settings, generated from the CoreSettings zod schema (descriptions, defaults, enum
 * choices, required keys), and the one way the host reads them: through CoreSettings, so a bad value becomes an
 * IntegrationError naming the setting before anything is sent.
 * Setting keys are CoreSettings' keys; accessToken and pixelCode are the names Segment's TikTok Conversions uses, so
 * migrating users keep their values.
 */
import type { GlobalSetting } from '@segment/actions-core'
import type { z } from 'zod'
import { IntegrationError } from './actions-core.ts'
import { missingDefaultSourceId } from './core/event-source.ts'
import { CoreSettings } from './core/settings.ts'

/**
 * Settings that mean nothing inside Segment: its subscriptions decide which events reach the destination, so there
 * are no unmatched events to forward (a subscription with the Event Name mapped to the event's own name does that).
 */
const NOT_IN_SEGMENT = ['sendCustomEvents'] as const
type SettingKey = Exclude<keyof CoreSettings, (typeof NOT_IN_SEGMENT)[number]>

/** Labels are the only thing the schema does not say; `satisfies` keeps this list and CoreSettings in step. */
const LABELS = {
  accessToken: 'Access Token',
  pixelCode: 'Pixel Code',
  appId: 'TikTok App ID',
  offlineEventSetId: 'Offline Event Set ID',
  crmEventSetId: 'CRM Event Set ID',
  eventSource: 'Event Source',
  defaultPhoneCountry: 'Default Phone Country',
  consentCategories: 'Required Consent Categories',
  gpcAction: 'GPC Action',
  limitedDataUse: 'Limited Data Use',
  testEventCode: 'Test Event Code',
  renameLegacyEvents: 'Rename Legacy Events',
  externalIdSource: 'External ID Source',
  partnerName: 'Partner Name',
  apiUrl: 'API URL (advanced)'
} satisfies Record<SettingKey, string>

/** Secrets are shown masked in Segment's UI. */
const SECRET_KEYS: ReadonlySet<SettingKey> = new Set(['accessToken'])

interface SchemaFacts {
  type: string
  description?: string
  defaultValue?: unknown
  required: boolean
  choices?: string[]
}

/** Peels `.default()` / `.optional()` wrappers off a zod 4 schema, keeping the first description and default seen. */
function schemaFacts(schema: z.ZodType): SchemaFacts {
  const facts: SchemaFacts = { type: '', required: true }
  let current = schema as z.ZodType & { def: Record<string, unknown>; options?: string[] }
  for (;;) {
    facts.description ??= current.description
    const def = current.def
    if (def.type === 'default') {
      facts.required = false
      facts.defaultValue ??= def.defaultValue
    } else if (def.type === 'optional') {
      facts.required = false
    } else {
      facts.type = def.type as string
      if (def.type === 'enum') facts.choices = current.options
      return facts
    }
    current = def.innerType as typeof current
  }
}

function toGlobalSetting(key: SettingKey, schema: z.ZodType): GlobalSetting {
  const facts = schemaFacts(schema)
  const setting: GlobalSetting = {
    label: LABELS[key],
    description: facts.description ?? LABELS[key],
    type: SECRET_KEYS.has(key) ? 'password' : facts.type === 'boolean' ? 'boolean' : 'string',
    required: facts.required
  }
  if (facts.type === 'array') setting.multiple = true
  if (facts.choices) setting.choices = facts.choices.map((value) => ({ value, label: value }))
  const d = facts.defaultValue
  if (typeof d === 'string' || typeof d === 'boolean' || typeof d === 'number') setting.default = d
  return setting
}

/** Settings for `authentication.fields`, one per CoreSettings key, in schema order. */
export const settingsFields: Record<SettingKey, GlobalSetting> = Object.fromEntries(
  Object.entries(CoreSettings.shape)
    .filter(([key]) => !(NOT_IN_SEGMENT as readonly string[]).includes(key))
    .map(([key, schema]) => [key, toGlobalSetting(key as SettingKey, schema)])
) as Record<SettingKey, GlobalSetting>

/**
 * Raw actions-core settings -> CoreSettings. Segment's UI stores cleared settings as '' or null: they mean "unset"
 * here, so the schema's default applies. Consent categories typed as "a, b" are split on commas.
 */
export function parseHostSettings(raw: unknown): CoreSettings {
  const input: Record<string, unknown> = {}
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (value === '' || value === null || value === undefined) continue
    if (key === 'consentCategories' && (typeof value === 'string' || Array.isArray(value))) {
      // actions-core's settings check wraps a lone string into a one-item array: split inside arrays too.
      input[key] = [value]
        .flat()
        .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
        .map((item) => (typeof item === 'string' ? item.trim() : item))
        .filter((item) => item !== '')
      continue
    }
    input[key] = value
  }
  const parsed = CoreSettings.safeParse(input)
  const missing = parsed.success ? missingDefaultSourceId(parsed.data) : undefined
  if (parsed.success && !missing) return parsed.data
  // Name every bad key, never a value: the token is a setting too.
  const problems = parsed.success
    ? [`${missing!.key}: ${missing!.message}`]
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`)
  throw new IntegrationError(`Invalid TikTok settings: ${problems.join('; ')}`, 'INVALID_SETTINGS', 400)
}
