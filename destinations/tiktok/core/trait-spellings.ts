/**
 * The other spellings of a user's traits. Segment's spec says firstName, lastName and address.postalCode;
 * RudderStack's tiktok_ads also reads first_name, firstname, zip, zipcode, postal_code and more (its generic
 * firstName / lastName / zipcode maps), and city, state and country directly on the traits. Listing every spelling
 * as a mapping-kit read would make each field default a chain of up to 28 `@if`s, which actions-core validates in
 * time that doubles with every level; so the field defaults read Segment's spelling, and the core looks the others
 * up in the traits object (the `user_traits` field) when a field is still empty. docs/field-sources.md lists both.
 */
import type { ReportEventInput } from './report-event-input.ts'

const ZIP_KEYS = ['postalCode', 'postal_code', 'postalcode', 'zip', 'zipCode', 'zipcode', 'zip_code']

/** reportEvent field -> the trait paths (in the traits object) tried in order when the field is empty. */
export const TRAIT_SPELLINGS = {
  first_name: ['firstName', 'first_name', 'firstname'],
  last_name: ['lastName', 'last_name', 'lastname'],
  zip_code: [...ZIP_KEYS.map((k) => `address.${k}`), ...ZIP_KEYS],
  city: ['address.city', 'city'],
  state: ['address.state', 'state'],
  country: ['address.country', 'country']
} as const satisfies Partial<Record<keyof ReportEventInput, readonly string[]>>

type TraitField = keyof typeof TRAIT_SPELLINGS
const FIELDS = Object.keys(TRAIT_SPELLINGS) as TraitField[]

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function read(traits: Record<string, unknown>, path: string): unknown {
  const dot = path.indexOf('.')
  if (dot === -1) return traits[path]
  const inner = traits[path.slice(0, dot)]
  return isObject(inner) ? inner[path.slice(dot + 1)] : undefined
}

const empty = (value: unknown) => value === undefined || value === null || value === ''

/**
 * The input with its empty name, postal code and location fields filled from the traits' other spellings; the
 * same object when there is nothing to fill (no traits, or every such field set), so most events copy nothing.
 */
export function withTraitSpellings(input: ReportEventInput): ReportEventInput {
  const traits = input.user_traits
  if (!isObject(traits)) return input
  let out: ReportEventInput | undefined
  for (const field of FIELDS) {
    if (!empty(input[field])) continue
    for (const path of TRAIT_SPELLINGS[field]) {
      const value = read(traits, path)
      if (empty(value) || typeof value === 'object') continue
      out ??= { ...input }
      out[field] = value as string
      break
    }
  }
  return out ?? input
}
