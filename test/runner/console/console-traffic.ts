/**
 * Traffic with known coverage for the console tests: 10 Order Completed (Purchase) of which 5 carry an email, a
 * Newsletter Signup no pipeline matches, and (optionally) a Lead TikTok rejects for good, which is dead-lettered.
 */
import type { FakeTikTok } from '../../fake-tiktok/server.ts'
import { waitFor } from '../wait-for.ts'

export const RAW_EMAIL = 'buyer.console@example.com'
export const RAW_PHONE = '+14155550123'

const track = (writeKey: string, event: string, i: number, traits: Record<string, unknown> = {}) => ({
  writeKey,
  type: 'track',
  event,
  userId: `console-user-${event}-${i}`,
  messageId: `console-${event.replace(/\W/g, '')}-${i}-${Math.random()}`,
  timestamp: new Date().toISOString(),
  context: { traits, ip: '203.0.113.9', userAgent: 'Mozilla/5.0 (console test)' },
  properties: { order_id: `o-${i}`, total: 10 + i, currency: 'EUR' }
})

async function post(relayUrl: string, body: unknown): Promise<void> {
  const res = await fetch(`${relayUrl}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  if (res.status !== 200) throw new Error(`intake answered ${res.status}: ${await res.text()}`)
}

/** Sends the purchases and the unmatched event, and waits until TikTok (the fake) has the 10 purchases. */
export async function sendKnownTraffic(relayUrl: string, writeKey: string, fake: FakeTikTok): Promise<void> {
  const batch = Array.from({ length: 10 }, (_, i) =>
    track(writeKey, 'Order Completed', i, i < 5 ? { email: RAW_EMAIL, phone: RAW_PHONE } : {})
  )
  batch.push(track(writeKey, 'Newsletter Signup', 0))
  await post(relayUrl, { writeKey, batch })
  await waitFor(
    '10 purchases at TikTok',
    () => fake.acceptedEvents().filter((e) => e.event === 'Purchase').length >= 10
  )
}

/** Sends one Lead Generated (Lead) that the fake rejects for good (40002): it is dead-lettered. */
export async function sendRejectedLead(relayUrl: string, writeKey: string, fake: FakeTikTok): Promise<void> {
  fake.answerNext({ kind: 'code', code: 40002, message: 'Invalid value for data.0.event_id' })
  await post(relayUrl, { writeKey, batch: [track(writeKey, 'Lead Generated', 0, { email: RAW_EMAIL })] })
}
