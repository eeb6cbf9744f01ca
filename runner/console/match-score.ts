/**
 * The console's estimated match-quality score for one TikTok event name, from the share of its events that carry
 * each match key. TikTok computes its own Event Match Quality (0-10) a day later and does not publish the formula;
 * this estimate weighs the keys as TikTok's guidance ranks them (personal identifiers and the click id first,
 * request facts last), so a share that falls shows at once as a lower score.
 *
 *   score = 10 × Σ weight(key) × share(key) / Σ weight(key)
 *
 * Web events: email 3, phone 3, ttclid 2, external_id 2, ttp 1, ip 1, user_agent 1.
 * App events (any event carrying idfa or gaid): email 3, phone 3, ad id (idfa or gaid) 3, external_id 2, ip 1,
 * user_agent 1.
 */

export const WEB_WEIGHTS: Record<string, number> = {
  email: 3,
  phone: 3,
  ttclid: 2,
  external_id: 2,
  ttp: 1,
  ip: 1,
  user_agent: 1
}
export const APP_WEIGHTS: Record<string, number> = {
  email: 3,
  phone: 3,
  ad_id: 3,
  external_id: 2,
  ip: 1,
  user_agent: 1
}

/** The keys the Match quality page shows a share for, in this order. */
export const SHOWN_KEYS = ['email', 'phone', 'external_id', 'ttp', 'ttclid', 'ip', 'user_agent', 'idfa', 'gaid']

export const SCORE_FORMULA =
  'score = 10 × Σ weight × share / Σ weight; web: email 3, phone 3, ttclid 2, external_id 2, ttp 1, ip 1, user_agent 1; app (idfa or gaid seen): email 3, phone 3, ad id (idfa or gaid) 3, external_id 2, ip 1, user_agent 1'

/** The score (0-10, one decimal) for `shares` (key -> 0..1). */
export function matchScore(shares: Record<string, number>): number {
  const app = (shares.idfa ?? 0) > 0 || (shares.gaid ?? 0) > 0
  const weights = app ? APP_WEIGHTS : WEB_WEIGHTS
  const share = (key: string) => (key === 'ad_id' ? Math.max(shares.idfa ?? 0, shares.gaid ?? 0) : (shares[key] ?? 0))
  let sum = 0
  let total = 0
  for (const [key, w] of Object.entries(weights)) {
    sum += w * share(key)
    total += w
  }
  return Math.round((100 * sum) / total) / 10
}

/** A share that fell at least this much (0..1) against the previous day is flagged. */
export const SHARP_FALL = 0.2
