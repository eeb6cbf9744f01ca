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

describe('scrubUrl: parameters named for a person', () => {
  const YV = 'first_name=Yolanda&last_name=Vexhammer&fullname=Yolanda%20Vexhammer'
  it.each([
    [
      `https://shop.example/thanks?${YV}`,
      'https://shop.example/thanks?first_name=redacted&last_name=redacted&fullname=redacted'
    ],
    [
      'https://shop.example/thanks?name=Yolanda+Vexhammer&order=1001',
      'https://shop.example/thanks?name=redacted&order=1001'
    ],
    ['https://shop.example/?surname=Vexhammer', 'https://shop.example/?surname=redacted'],
    [
      'https://shop.example/?firstName=Yolanda&LastName=V',
      'https://shop.example/?firstName=redacted&LastName=redacted'
    ],
    [
      'https://shop.example/?given_name=Yolanda&family_name=V',
      'https://shop.example/?given_name=redacted&family_name=redacted'
    ],
    [
      'https://shop.example/?full_name=Y%20V&customer_name=Y',
      'https://shop.example/?full_name=redacted&customer_name=redacted'
    ],
    ['https://shop.example/?FIRST-NAME=Yolanda', 'https://shop.example/?FIRST-NAME=redacted'],
    ['https://shop.example/?NAME=Yolanda', 'https://shop.example/?NAME=redacted'],
    // Keys percent-encoded, once or twice.
    ['https://shop.example/?first%5Fname=Yolanda', 'https://shop.example/?first%5Fname=redacted'],
    ['https://shop.example/?%66irst%255Fname=Yolanda', 'https://shop.example/?%66irst%255Fname=redacted'],
    ['https://shop.example/?n%61me=Yolanda', 'https://shop.example/?n%61me=redacted'],
    // WooCommerce, HubSpot, Mailchimp, Jotform, Contact Form 7.
    [
      'https://shop.example/?billing_first_name=Y&shipping_last_name=V',
      'https://shop.example/?billing_first_name=redacted&shipping_last_name=redacted'
    ],
    [
      'https://shop.example/?firstname=Y&lastname=V&FNAME=Y&LNAME=V',
      'https://shop.example/?firstname=redacted&lastname=redacted&FNAME=redacted&LNAME=redacted'
    ],
    [
      'https://shop.example/?q3_name%5Bfirst%5D=Y&name[last]=V',
      'https://shop.example/?q3_name%5Bfirst%5D=redacted&name[last]=redacted'
    ],
    ['https://shop.example/?your-name=Yolanda', 'https://shop.example/?your-name=redacted'],
    // In the fragment, and a hash router's query.
    ['https://shop.example/#first_name=Yolanda&tab=2', 'https://shop.example/#first_name=redacted&tab=2'],
    ['https://shop.example/#/thanks?lastName=Vexhammer', 'https://shop.example/#/thanks?lastName=redacted'],
    // Names that are not a person's stay, byte for byte.
    [
      'https://shop.example/p?product_name=Blue+Shirt&utm_name=x&campaign_name=summer&file_name=a.pdf&username=',
      'https://shop.example/p?product_name=Blue+Shirt&utm_name=x&campaign_name=summer&file_name=a.pdf&username='
    ],
    [
      'https://shop.example/p?event_name=Purchase&namespace=shop',
      'https://shop.example/p?event_name=Purchase&namespace=shop'
    ],
    ['https://shop.example/names/first?x=1', 'https://shop.example/names/first?x=1']
  ])('%s -> %s', (url, expected) => {
    expect(scrubUrl(url, US)).toBe(expected)
  })
})

describe('scrubPersonalData: names', () => {
  it('redacts custom properties named for a person, keeps the Segment spec name', () => {
    const e = event({ first_name: 'Yolanda', customerFullName: 'Yolanda V', name: 'Blue Shirt', product_name: 'Hat' })
    scrubPersonalData(e, US)
    expect(e.properties).toEqual({
      first_name: '[redacted]',
      customerFullName: '[redacted]',
      name: 'Blue Shirt',
      product_name: 'Hat'
    })
  })

  it('scrubs the page URL, the referrer, URL and query properties and an app ad callback', () => {
    const url = 'https://shop.example/thanks?first_name=Yolanda&fullname=Yolanda%20Vexhammer'
    const e = event({ landing_url: url }, { url, referrer: `${url}#surname=Vexhammer` })
    e.ad = { callback: 'https://track.example/cb?given_name=Yolanda&click=abc' }
    scrubPersonalData(e, US)
    const clean = 'https://shop.example/thanks?first_name=redacted&fullname=redacted'
    expect(e.page).toEqual({ url: clean, referrer: `${clean}#surname=redacted` })
    expect(e.properties).toEqual({ landing_url: clean })
    const search = event({ search: '?lastName=Vexhammer&step=2', hash: '#name=Y' })
    scrubPersonalData(search, US)
    expect(search.properties).toEqual({
      search: '?lastName=redacted&step=2',
      hash: '#name=redacted'
    })
    expect(e.ad).toEqual({ callback: 'https://track.example/cb?given_name=redacted&click=abc' })
  })
})
