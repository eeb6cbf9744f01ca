/**
 * Raw personal data in free text, through the relay as a process to the fake TikTok: an email in a page URL's query
 * and fragment, a phone number in a search and a description, an email in a product name. None of it is in the
 * SQLite file or its WAL (their bytes are read), nor in what TikTok receives; ordinary parameters (utm_*, ttclid)
 * arrive untouched. A person's name in a thank-you page's URL (`?first_name=...&fullname=...`, in the query, the
 * fragment, percent-encoded keys) is in no stored queue row (read while TikTok is down, so the rows wait) and in no
 * body TikTok receives.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeTikTok } from '../fake-tiktok/server.ts'
import { type RelayProcess, type RelayWithFake, startRelayWithFakeTikTok } from './relay-process.ts'
import { waitFor } from './wait-for.ts'

const KEY = 'wk-scrub'
const EMAIL = 'jane.raw.scrub@example.com'
const PHONE = '415-555-0123'
/** Every form the raw values could be written in. */
const RAW = [EMAIL, encodeURIComponent(EMAIL), 'jane.raw.scrub%2540example.com', PHONE, '4155550123', '+14155550123']
let setup: RelayWithFake | undefined
let fake: FakeTikTok
let relay: RelayProcess

beforeAll(async () => {
  // Probes every 0.5 s at most while TikTok is down, so the name test's rows go soon after it is back.
  setup = await startRelayWithFakeTikTok('PIXEL_SCRUB', KEY, { RELAY_PROBE_MAX_INTERVAL_MS: '500' })
  fake = setup.fake
  relay = setup.relay
})
afterAll(async () => {
  await setup?.close()
})

const LANDING = `https://shop.example/welcome?utm_source=tiktok&utm_campaign=spring&ttclid=E.C.P.scrub-1&email=${encodeURIComponent(EMAIL)}#contact=${encodeURIComponent(`+1 ${PHONE}`)}`

describe('personal data in URLs and free text', () => {
  it('reaches neither the store nor TikTok, and ordinary parameters are kept', async () => {
    const batch = [
      {
        type: 'page',
        messageId: 'scrub-page',
        anonymousId: 'a-scrub',
        context: {
          page: { url: LANDING, referrer: `https://mail.example/read?to=jane.raw.scrub%2540example.com` }
        }
      },
      {
        type: 'track',
        event: 'Products Searched',
        messageId: 'scrub-search',
        anonymousId: 'a-scrub',
        properties: { query: `call me ${PHONE} or ${EMAIL}` }
      },
      {
        type: 'track',
        event: 'Order Completed',
        messageId: 'scrub-order',
        anonymousId: 'a-scrub',
        properties: {
          order_id: 'o-scrub',
          revenue: 10,
          currency: 'USD',
          description: `Gift note: text me at (415) 555-0123, ${EMAIL}`,
          products: [{ product_id: 'sku-scrub', name: `Card for ${EMAIL}`, price: 10, quantity: 1 }]
        }
      }
    ]
    const res = await fetch(`${relay.url}/v1/batch`, {
      method: 'POST',
      body: JSON.stringify({ batch }),
      headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }
    })
    expect(await res.json()).toEqual({ success: true, accepted: 3 })

    const ids = ['scrub-page', 'scrub-search', 'scrub-order']
    const events = await waitFor('the three events at TikTok', () => {
      const found = ids.map((id) => fake.acceptedEvents().find((e) => e.event_id === id))
      return found.every(Boolean) ? found : undefined
    })
    const [page, search, order] = events as any[]
    expect(page.page).toEqual({
      url: 'https://shop.example/welcome?utm_source=tiktok&utm_campaign=spring&ttclid=E.C.P.scrub-1&email=redacted#contact=redacted',
      referrer: 'https://mail.example/read?to=redacted'
    })
    expect(page.user.ttclid).toBe('E.C.P.scrub-1')
    expect(search.properties.search_string).toBe('call me [phone redacted] or [email redacted]')
    expect(order.properties.description).toBe('Gift note: text me at [phone redacted], [email redacted]')
    expect(order.properties.contents[0].content_name).toBe('Card for [email redacted]')

    const sent = JSON.stringify(fake.requests.map((r) => r.body))
    for (const raw of RAW) expect(sent, raw).not.toContain(raw)
    for (const file of ['relay.sqlite', 'relay.sqlite-wal'].map((f) => join(relay.dataDir, f))) {
      if (!existsSync(file)) continue
      const bytes = readFileSync(file)
      for (const raw of RAW) expect(bytes.includes(raw), `${raw} in ${file}`).toBe(false)
    }
  })
})

const FIRST = 'Yolanda'
const LAST = 'Vexhammer'
/** The name as it could be written in a stored or sent event. */
const NAMES = [FIRST, LAST, FIRST.toLowerCase(), LAST.toLowerCase()]
const THANKS = `https://shop.example/thanks?order=1001&first_name=${FIRST}&last_name=${LAST}&fullname=${FIRST}%20${LAST}&utm_source=tiktok`

/** The stored queue rows' event JSON of these events (the relay's SQLite file, read-only beside the running relay). */
function queuedEvents(dataDir: string, ids: string[]): string[] {
  const db = new Database(join(dataDir, 'relay.sqlite'), { readonly: true, fileMustExist: true })
  try {
    const rows = db.prepare('SELECT event_id, event_json FROM queue_events').all() as Array<Record<string, string>>
    return rows.filter((r) => ids.includes(r.event_id!)).map((r) => r.event_json!)
  } finally {
    db.close()
  }
}

describe("a person's name in a page URL", () => {
  it('is in no stored queue row and in nothing TikTok receives', async () => {
    fake.downFor(600_000)
    const batch = [
      {
        type: 'track',
        event: 'Order Completed',
        messageId: 'scrub-name-order',
        anonymousId: 'a-scrub-name',
        properties: { order_id: 'o-name', revenue: 10, currency: 'USD', customer_name: `${FIRST} ${LAST}` },
        context: {
          page: {
            url: THANKS,
            referrer: `https://form.example/done#/thanks?First%5FName=${FIRST}&name=${FIRST}+${LAST}`
          }
        }
      },
      {
        type: 'page',
        messageId: 'scrub-name-page',
        anonymousId: 'a-scrub-name',
        properties: { url: `https://shop.example/thanks?given_name=${FIRST}&family_name=${LAST}&surname=${LAST}` }
      }
    ]
    const res = await fetch(`${relay.url}/v1/batch`, {
      method: 'POST',
      body: JSON.stringify({ batch }),
      headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }
    })
    expect(await res.json()).toEqual({ success: true, accepted: 2 })

    const ids = ['scrub-name-order', 'scrub-name-page']
    const stored = await waitFor('both events queued while TikTok is down', () => {
      const rows = queuedEvents(relay.dataDir, ids)
      return rows.length === 2 ? rows : undefined
    })
    for (const row of stored) for (const name of NAMES) expect(row, name).not.toContain(name)
    expect(stored.join('\n')).toContain('first_name=redacted&last_name=redacted&fullname=redacted&utm_source=tiktok')

    fake.downFor(0)
    const [order, page] = (await waitFor('both events at TikTok', () => {
      const found = ids.map((id) => fake.acceptedEvents().find((e) => e.event_id === id))
      return found.every(Boolean) ? found : undefined
    })) as any[]
    expect(order.page).toEqual({
      url: 'https://shop.example/thanks?order=1001&first_name=redacted&last_name=redacted&fullname=redacted&utm_source=tiktok',
      referrer: 'https://form.example/done#/thanks?First%5FName=redacted&name=redacted'
    })
    expect(page.page.url).toBe('https://shop.example/thanks?given_name=redacted&family_name=redacted&surname=redacted')
    const sent = JSON.stringify(fake.requests.map((r) => r.body))
    for (const name of NAMES) expect(sent, name).not.toContain(name)
  })
})
