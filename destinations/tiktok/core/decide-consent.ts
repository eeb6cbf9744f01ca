/**
 * One consent decision per event, from what the CDP sent and the destination settings. Rules:
 * - Segment `categoryPreferences`: absent -> data flows; present -> every required category must be `true`
 *   (an empty object means every category is false).
 * - RudderStack `consentManagement`: an id is granted when it is in allowedConsentIds and not in deniedConsentIds,
 *   or, without allowedConsentIds, when it is not denied. Provider `custom` honours resolutionStrategy (`or`: one
 *   required id is enough); every other provider needs all of them (`and`).
 * - No required categories (settings.consentCategories empty): no category gating at all.
 * - Global Privacy Control per settings.gpcAction: drop, send with limited_data_use, or ignore.
 * - settings.limitedDataUse or the event's own limited_data_use force limited_data_use.
 */
import type { ConsentManagement, ReportEventInput } from './report-event-input.ts'
import type { CoreSettings } from './settings.ts'

export type ConsentDropReason = 'consent_denied' | 'gpc_opt_out'
export type ConsentDecision =
  | { kind: 'send'; limitedDataUse: boolean }
  | { kind: 'drop'; reason: ConsentDropReason; detail: string }

export type ConsentInput = Pick<
  ReportEventInput,
  'consent_preferences' | 'consent_management' | 'gpc' | 'limited_data_use'
>
export type ConsentSettings = Partial<Pick<CoreSettings, 'consentCategories' | 'gpcAction' | 'limitedDataUse'>>

function missingSegmentCategories(preferences: Record<string, boolean>, required: string[]): string[] {
  return required.filter((category) => preferences[category] !== true)
}

function rudderStackGranted(consent: ConsentManagement, required: string[]): { granted: boolean; missing: string[] } {
  const allowed = Array.isArray(consent.allowedConsentIds) ? consent.allowedConsentIds : undefined
  const denied = Array.isArray(consent.deniedConsentIds) ? consent.deniedConsentIds : []
  const isGranted = (id: string) => !denied.includes(id) && (allowed === undefined || allowed.includes(id))
  const missing = required.filter((id) => !isGranted(id))
  const strategy = consent.provider === 'custom' && consent.resolutionStrategy === 'or' ? 'or' : 'and'
  const granted = strategy === 'or' ? missing.length < required.length : missing.length === 0
  return { granted, missing }
}

/**
 * true, "true" or 1: how actions-core reads a boolean field (ajv coerceTypes), so every host reads a flag alike
 * whether or not a schema coerced it first.
 */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === 1
}

export function decideConsent(input: ConsentInput, settings: ConsentSettings): ConsentDecision {
  const required = settings.consentCategories ?? []
  if (required.length > 0) {
    const preferences = input.consent_preferences
    if (preferences && typeof preferences === 'object') {
      const missing = missingSegmentCategories(preferences, required)
      if (missing.length > 0) {
        return { kind: 'drop', reason: 'consent_denied', detail: `category not granted: ${missing.join(', ')}` }
      }
    }
    const management = input.consent_management
    if (management && typeof management === 'object') {
      const { granted, missing } = rudderStackGranted(management, required)
      if (!granted) {
        return { kind: 'drop', reason: 'consent_denied', detail: `consent id not granted: ${missing.join(', ')}` }
      }
    }
  }
  const gpcAction = settings.gpcAction ?? 'drop'
  const gpc = isTrue(input.gpc) && gpcAction !== 'ignore'
  if (gpc && gpcAction === 'drop') {
    return { kind: 'drop', reason: 'gpc_opt_out', detail: 'Global Privacy Control opt-out (gpcAction: drop)' }
  }
  const limitedDataUse = settings.limitedDataUse === true || isTrue(input.limited_data_use) || gpc
  return { kind: 'send', limitedDataUse }
}
