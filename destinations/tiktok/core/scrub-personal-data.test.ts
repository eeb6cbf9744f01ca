import { describe, expect, it } from 'vitest'
import { buildTikTokEventSync } from './build-event.ts'
import type { TikTokEvent } from './contract.ts'
import { scrubPersonalData, scrubUrl } from './scrub-personal-data.ts'

const US = { defaultPhoneCountry: 'US' }

describe('scrubUrl', () => {
  it.each([
    // Personal data out.
    ['https://shop.example/?email=jane@example.com', 'https://shop.example/?email=redacted'],
    ['https://shop.example/?e=jane%40example.com&x=1', 'https://shop.example/?e=redacted&x=1'],
    ['https://shop.example/?next=%2Fa%3Fu%3Djane%2540example.com', 'https://shop.example/?next=redacted'],
    ['https://shop.example/?user_email=jane', 'https://shop.example/?user_email=redacted'],
    ['https://shop.example/?phone=4155550100', 'https://shop.example/?phone=redacted'],
    ['https://shop.example/?tel=%2B1%20415%20555%200100', 'https://shop.example/?tel=redacted'],
    ['https://shop.example/?contact=%2B44%2020%207946%200958', 'https://shop.example/?contact=redacted'],
    ['https://shop.example/?q=call+(415)+555-0100', 'https://shop.example/?q=redacted'],
    ['https://shop.example/#email=jane@example.com&tab=2', 'https://shop.example/#email=redacted&tab=2'],
    ['https://shop.example/#/account?mail=jane%40example.com', 'https://shop.example/#/account?mail=redacted'],
    ['https://shop.example/#jane@example.com', 'https://shop.example/#redacted'],
    ['https://shop.example/unsubscribe/jane%40example.com/ok', 'https://shop.example/unsubscribe/redacted/ok'],
    ['https://jane:hunter2@shop.example/cart', 'https://shop.example/cart'],
    // Ordinary parameters stay, byte for byte.
    [
      'https://shop.example/p/12345678?utm_source=tiktok&utm_campaign=summer_2024&ttclid=E.C.P.CkYB-4155550100&gclid=Cj0KCQ',
      'https://shop.example/p/12345678?utm_source=tiktok&utm_campaign=summer_2024&ttclid=E.C.P.CkYB-4155550100&gclid=Cj0KCQ'
    ],
    ['https://shop.example/?order=4155550100&sku=A-123', 'https://shop.example/?order=4155550100&sku=A-123'],
    [
      'https://shop.example/?date=2024-01-15&ip=192.168.10.10',
      'https://shop.example/?date=2024-01-15&ip=192.168.10.10'
    ],
    ['https://shop.example/?ts=1700000000000&mailbox=', 'https://shop.example/?ts=1700000000000&mailbox='],
    ['https://gmail.example/inbox?Q=%C3%A9t%C3%A9', 'https://gmail.example/inbox?Q=%C3%A9t%C3%A9'],
    ['/relative/path?x=1', '/relative/path?x=1']
  ])('%s -> %s', (url, expected) => {
    expect(scrubUrl(url, US)).toBe(expected)
  })
})

const event = (properties: Record<string, unknown>, page?: TikTokEvent['page']): TikTokEvent =>
  ({ event: 'Search', event_time: 1, properties, page }) as TikTokEvent

describe('scrubPersonalData', () => {
  it.each([
    ['description', 'Contact jane.doe+shop@example.co.uk today', 'Contact [email redacted] today'],
    ['description', 'call me on (415) 555-0100 or 415.555.0101', 'call me on [phone redacted] or [phone redacted]'],
    ['search_string', '4155550100', '[phone redacted]'],
    ['search_string', '+33 6 12 34 56 78', '[phone redacted]'],
    ['search_string', 'iphone 15 pro 256gb', 'iphone 15 pro 256gb'],
    [
      'description',
      'Released 2024-01-15, SKU 12345678, 1 234 567 sold',
      'Released 2024-01-15, SKU 12345678, 1 234 567 sold'
    ],
    ['query', 'jane@example.com', '[email redacted]'],
    ['note', 'ring 415 555 0100', 'ring [phone redacted]'],
    ['order_ref', '4155550100', '4155550100'],
    ['customer_email', 'Jane', '[redacted]'],
    ['mobile_number', '415 555 0100', '[redacted]'],
    ['return_url', 'https://shop.example/?email=jane@example.com', 'https://shop.example/?email=redacted'],
    ['order_id', 'jane@example.com', 'jane@example.com']
  ])('%s: %s -> %s', (key, value, expected) => {
    const e = event({ [key]: value })
    scrubPersonalData(e, US)
    expect((e.properties as Record<string, unknown>)[key]).toBe(expected)
  })

  it('scrubs content names, categories and brands, never content ids', () => {
    const e = event({
      contents: [
        { content_id: 'jane@example.com', content_name: 'Gift for jane@example.com', brand: 'Call +1 415 555 0100' }
      ]
    })
    scrubPersonalData(e, US)
    expect(e.properties?.contents).toEqual([
      { content_id: 'jane@example.com', content_name: 'Gift for [email redacted]', brand: 'Call [phone redacted]' }
    ])
  })

  it('bounds the work on a text full of number-like runs (past the budget, written numbers are redacted)', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${200 + (i % 700)}-555-${1000 + i}`).join(' , ')
    const started = performance.now()
    const e = event({ description: text })
    scrubPersonalData(e, US)
    // Only the first 20 were checked (and kept when not valid numbers); every later one is redacted unchecked.
    expect(e.properties?.description?.match(/\d{3}-555-\d{4}/g)?.length ?? 0).toBeLessThanOrEqual(20)
    expect(e.properties?.description?.match(/\[phone redacted\]/g)?.length).toBeGreaterThanOrEqual(1980)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('is applied by buildTikTokEvent: what any host sends is scrubbed', () => {
    const built = buildTikTokEventSync(
      {
        event: 'Search',
        url: 'https://shop.example/search?utm_source=tiktok&email=jane%40example.com',
        referrer: 'https://mail.example/?to=jane@example.com',
        search_string: 'jane@example.com',
        description: 'call (415) 555-0100'
      },
      { ...US, pixelCode: 'CPIXEL' }
    )
    expect(built.kind === 'send' && built.event).toMatchObject({
      page: {
        url: 'https://shop.example/search?utm_source=tiktok&email=redacted',
        referrer: 'https://mail.example/?to=redacted'
      },
      properties: { search_string: '[email redacted]', description: 'call [phone redacted]' }
    })
  })
})
