/**
 * RudderStack's destination consent settings -> the core's consent inputs. RudderStack keeps one block per
 * provider per source type; the block whose provider the event names (context.consentManagement.provider) applies.
 * For the custom provider the destination's resolutionStrategy decides (RudderStack's rule), so it replaces the
 * event's before the core's decideConsent sees it. Legacy oneTrustCookieCategories / ketchConsentPurposes apply
 * when no block does.
 */
import type { ConsentManagement } from '../core/report-event-input.ts'
import type { ConsentBlock, RudderStackConfig } from './rudderstack-config.ts'

export interface ConsentPlan {
  categories: string[]
  /** The event's consentManagement with the destination's resolutionStrategy, only when that changes it. */
  override?: ConsentManagement
}

function blocksFor(config: RudderStackConfig, sourceType: string | undefined): ConsentBlock[] {
  const perSource = config.consentManagement
  if (!perSource) return []
  const key = sourceType?.toLowerCase()
  if (key && perSource[key]) return perSource[key]
  const keys = Object.keys(perSource)
  // A destination connected to one kind of source: that source's blocks, whatever the metadata says.
  return keys.length === 1 ? perSource[keys[0]] : (perSource.cloud ?? [])
}

function legacyCategories(config: RudderStackConfig, provider: string | undefined, sourceType?: string): string[] {
  const oneTrust = config.oneTrustCookieCategories
  const oneTrustList = Array.isArray(oneTrust)
    ? oneTrust
    : oneTrust
      ? (oneTrust[sourceType?.toLowerCase() ?? ''] ?? oneTrust.web ?? [])
      : []
  const ketch = config.ketchConsentPurposes ?? []
  if (provider === 'ketch') return ketch.map((k) => k.purpose).filter(Boolean)
  return oneTrustList.map((c) => c.oneTrustCookieCategory).filter(Boolean)
}

export function consentPlan(
  config: RudderStackConfig,
  eventConsent: ConsentManagement | undefined,
  sourceType: string | undefined
): ConsentPlan {
  const provider = eventConsent?.provider
  const blocks = blocksFor(config, sourceType)
  const block = blocks.find((b) => b.provider === provider) ?? (provider === undefined ? blocks[0] : undefined)
  if (!block) return { categories: legacyCategories(config, provider, sourceType) }
  const categories = block.consents.map((c) => c.consent.trim()).filter(Boolean)
  const strategy = block.provider === 'custom' ? block.resolutionStrategy : undefined
  if (!eventConsent || !strategy || strategy === eventConsent.resolutionStrategy) return { categories }
  return { categories, override: { ...eventConsent, resolutionStrategy: strategy } }
}
