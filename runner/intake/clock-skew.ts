/**
 * Device clocks are wrong surprisingly often (hours off, a wrong year), and TikTok places a conversion by its
 * event_time. Segment's and RudderStack's servers correct for it the same way, and so does the relay: a message says
 * when it happened (`timestamp`, or RudderStack's `originalTimestamp`) and when it was sent (`sentAt`, its own or the
 * batch's), both by the device's clock; their difference is real, the device's "now" is not. So
 *
 *   timestamp = receivedAt - (sentAt - originalTimestamp)
 *
 * which also keeps the true age of events a phone queued offline, and never dates an event after its arrival.
 * Without a readable sentAt nothing is changed (a server library's explicit historical timestamp stays as given),
 * nor for a message a CDP already processed (it carries receivedAt: its timestamp is corrected already, and
 * correcting again would date an archived event to its replay). The device's value stays in originalTimestamp.
 */

const readTime = (v: unknown): number | undefined => {
  if (typeof v !== 'string' || v === '') return undefined
  const ms = Date.parse(v)
  return Number.isNaN(ms) ? undefined : ms
}

export function correctClockSkew(m: Record<string, any>, batchSentAt: unknown, receivedAtMs: number): void {
  if (m.receivedAt !== undefined) return
  // sentAt first: most server-library calls have none, and then no date is parsed at all.
  const sent = readTime(m.sentAt ?? batchSentAt)
  if (sent === undefined) return
  const original = m.originalTimestamp ?? m.timestamp
  const happened = readTime(original)
  if (happened === undefined) return
  const corrected = new Date(Math.min(receivedAtMs, receivedAtMs - (sent - happened)))
  if (Number.isNaN(corrected.getTime())) return
  m.originalTimestamp ??= original
  m.timestamp = corrected.toISOString()
}
