/**
 * Device clocks are wrong surprisingly often (hours off, a wrong year), and TikTok places a conversion by its
 * event_time. Segment's and RudderStack's servers correct for it the same way, and so does the relay: a message says
 * when it happened (`timestamp`, or RudderStack's `originalTimestamp`) and when it was sent (`sentAt`, its own or the
 * batch's), both by the device's clock; their difference is real, the device's "now" is not. So
 *
 *   timestamp = receivedAt - (sentAt - originalTimestamp)
 *
 * which also keeps the true age of events a phone queued offline. Without a readable sentAt nothing is changed (a
 * server library's explicit historical timestamp stays as given). The device's value stays in originalTimestamp.
 */

const readTime = (v: unknown): number | undefined => {
  if (typeof v !== 'string' || v === '') return undefined
  const ms = Date.parse(v)
  return Number.isNaN(ms) ? undefined : ms
}

export function correctClockSkew(m: Record<string, any>, batchSentAt: unknown, receivedAtMs: number): void {
  const original = m.timestamp ?? m.originalTimestamp
  const happened = readTime(original)
  const sent = readTime(m.sentAt ?? batchSentAt)
  if (happened === undefined || sent === undefined) return
  const corrected = new Date(receivedAtMs - (sent - happened))
  if (Number.isNaN(corrected.getTime())) return
  m.originalTimestamp ??= original
  m.timestamp = corrected.toISOString()
}
