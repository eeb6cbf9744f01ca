/**
 * GET /console/api/match-quality: per TikTok event name over the last 24 hours, the share of its events carrying
 * each match key, the estimated score (match-score.ts), an hourly trend of the score, and a warning for each key
 * whose share fell sharply (SHARP_FALL) against the 24 hours before.
 */
import type { Store } from '../../store/store-interface.ts'
import { matchScore, SCORE_FORMULA, SHARP_FALL, SHOWN_KEYS } from '../match-score.ts'
import { SERIES } from '../series.ts'
import { DAY } from './overview.ts'

const HOUR = 60 * 60_000

interface Tallies {
  events: number
  keys: Record<string, number>
}
function tallyOf<K>(map: Map<K, Tallies>, k: K): Tallies {
  let t = map.get(k)
  if (!t) {
    t = { events: 0, keys: {} }
    map.set(k, t)
  }
  return t
}
/** Adds `n` events (no key) or `n` events carrying `key`. */
function add(t: Tallies, key: string | undefined, n: number): void {
  if (key === undefined) t.events += n
  else t.keys[key] = (t.keys[key] ?? 0) + n
}
const sharesOf = (t: Tallies) =>
  Object.fromEntries(SHOWN_KEYS.map((k) => [k, t.events ? (t.keys[k] ?? 0) / t.events : 0])) as Record<string, number>

export async function matchQuality(store: Store, now: number) {
  const hourNow = Math.floor(now / HOUR) * HOUR
  const since = hourNow - 47 * HOUR
  const todayFrom = hourNow - 23 * HOUR
  const rows = await store.consoleStats.read(since, { series: [SERIES.events, SERIES.matchKey], bucketMs: HOUR })
  const today = new Map<string, Tallies>()
  const before = new Map<string, Tallies>()
  const hourly = new Map<string, Map<number, Tallies>>()
  for (const r of rows) {
    const [name, key] = r.series === SERIES.events ? [r.label, undefined] : splitLabel(r.label)
    if (r.minute >= todayFrom) {
      add(tallyOf(today, name), key, r.count)
      let hours = hourly.get(name)
      if (!hours) {
        hours = new Map()
        hourly.set(name, hours)
      }
      add(tallyOf(hours, r.minute), key, r.count)
    } else add(tallyOf(before, name), key, r.count)
  }
  const hours = Array.from({ length: 24 }, (_, i) => todayFrom + i * HOUR)
  const events = [...today.entries()]
    .filter(([, t]) => t.events > 0)
    .sort((a, b) => b[1].events - a[1].events)
    .map(([name, t]) => {
      const shares = sharesOf(t)
      const prev = before.get(name)
      const prevShares = prev && prev.events > 0 ? sharesOf(prev) : undefined
      const warnings = prevShares
        ? SHOWN_KEYS.filter((k) => prevShares[k]! - shares[k]! >= SHARP_FALL).map((k) => ({
            key: k,
            share: shares[k],
            previousShare: prevShares[k]
          }))
        : []
      const trend = hours.map((h) => {
        const ht = hourly.get(name)?.get(h)
        return ht && ht.events > 0 ? matchScore(sharesOf(ht)) : null
      })
      return {
        name,
        events: t.events,
        shares,
        score: matchScore(shares),
        previousEvents: prev?.events ?? 0,
        warnings,
        trend
      }
    })
  return { formula: SCORE_FORMULA, keys: SHOWN_KEYS, hours: hours.map((h) => h / 1000), events, windowMs: DAY }
}

function splitLabel(label: string): [string, string] {
  const i = label.lastIndexOf('|')
  return [label.slice(0, i), label.slice(i + 1)]
}
