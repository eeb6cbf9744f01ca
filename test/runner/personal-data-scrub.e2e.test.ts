/**
 * Raw personal data in free text, through the relay as a process to the fake TikTok: an email in a page URL's query
 * and fragment, a phone number in a search and a description, an email in a product name. None of it is in the
 * SQLite file or its WAL (their bytes are read), nor in what TikTok receives; ordinary parameters (utm_*, ttclid)
 * arrive untouched.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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
  setup = await startRelayWithFakeTikTok('PIXEL_SCRUB', KEY)
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
