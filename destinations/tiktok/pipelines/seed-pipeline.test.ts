import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeTikTok } from '../../../test/fake-tiktok/server.ts'
import {
  REPO_ROOT,
  readEvent,
  readSharedEvent,
  readYamlSources,
  TEST_ENV
} from '../../../test/fixtures/pipelines/read-fixtures.ts'
import { sendTikTokRequest } from '../core/send-request.ts'
import { CoreSettings } from '../core/settings.ts'
import { FIELD_DEFAULTS } from './field-defaults.ts'
import { loadPipelinesOrThrow } from './load-pipelines.ts'
import { previewRequest } from './preview-request.ts'
import { matchPipelines, preparePipelines } from './run-pipelines.ts'

// An independent SHA-256 (node:crypto), so the expectations do not reuse the code under test.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const settings = CoreSettings.parse({ accessToken: 'test-token', pixelCode: 'C4PIXEL123' })
const NOW = Date.parse('2026-11-23T09:00:00Z')

const shipped = readYamlSources(join(REPO_ROOT, 'pipelines'))
const [seed] = loadPipelinesOrThrow(
  shipped.filter((s) => s.path === 'pipelines/tiktok-purchase.yaml'),
  { fieldDefaults: FIELD_DEFAULTS, env: TEST_ENV }
)
const [runnableSeed] = preparePipelines([seed]).pipelines

describe('the seed tiktok-purchase.yaml, loaded as-is', () => {
  it('turns Order Completed into a Purchase with hashed match keys, value, currency, contents and identity', async () => {
    const event = readEvent('order-completed')
    const result = await previewRequest(runnableSeed, event, settings, NOW)
    expect(result).toEqual({
      kind: 'request',
      body: {
        event_source: 'web',
        event_source_id: 'C4PIXEL123',
        data: [
          {
            event: 'Purchase',
            event_time: Date.parse('2026-11-23T08:11:05Z') / 1000,
            event_id: 'ajs-next-0001-5f1c7a9e0b2d4c6e8a1f3b5d7c9e0a2b',
            user: {
              email: '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f',
              phone: '9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd',
              external_id: sha256('user_101'),
              first_name: sha256('alice'),
              last_name: sha256('abc'),
              zip_code: sha256('900123456'),
              city: 'Los Angeles',
              state: 'CA',
              country: 'US',
              ttp: '01K1A8BXG7CFS8QC92XKKJD081_.tt.1',
              // The page URL's click id wins over the cookie's (context.ttclid).
              ttclid: 'E.C.P.url-click-id-999',
              ip: '203.0.113.11',
              user_agent: (event.context as { userAgent: string }).userAgent,
              locale: 'en-US'
            },
            properties: {
              contents: [
                {
                  content_id: '507f1f77bcf86cd799439011',
                  content_name: 'Monopoly: 3rd Edition',
                  content_category: 'Games',
                  brand: 'Hasbro',
                  price: 19,
                  quantity: 1
                },
                {
                  content_id: '505bd76785ebb509fc183733',
                  content_name: 'Uno Card Game',
                  content_category: 'Games',
                  brand: 'Mattel',
                  price: 3,
                  quantity: 2
                }
              ],
              content_ids: ['507f1f77bcf86cd799439011', '505bd76785ebb509fc183733'],
              content_type: 'product',
              currency: 'USD',
              value: 25,
              order_id: '50314b8e9bcf000000000000'
            },
            page: {
              url: 'https://shop.example.com/checkout/thank-you?ttclid=E.C.P.url-click-id-999',
              referrer: 'https://www.tiktok.com/'
            }
          }
        ]
      },
      warnings: []
    })
  })

  it('defaults the currency to USD and reads string amounts and numeric ids', async () => {
    const result = await previewRequest(runnableSeed, readEvent('order-completed-no-currency'), settings, NOW)
    if (result.kind !== 'request') throw new Error(`expected a request, got ${result.kind}`)
    const [sent] = result.body.data
    expect(sent.properties).toMatchObject({
      currency: 'USD',
      value: 42.5,
      contents: [{ content_id: '1234', price: 42.5, quantity: 1 }]
    })
  })

  it('on the shared Order Completed fixture: lower-case currency, string amounts, a referrer click id', async () => {
    const result = await previewRequest(runnableSeed, readSharedEvent('order-completed'), settings, NOW)
    if (result.kind !== 'request') throw new Error(`expected a request, got ${result.kind}`)
    expect(result.body.data[0]).toMatchObject({
      event: 'Purchase',
      event_id: 'ajs-next-1f6d3c2a9b8e4d7f0a1b2c3d4e5f6a7b',
      user: {
        email: '848a771458438fc2ec420560d769fb9b9b86851ee338ec56517baabd79d3bb4f',
        phone: '9f7ec22d72092cd3c0b58726ed9c2d91b92e51a3f29837508fb2948bb22dd2fd',
        external_id: sha256('user_123'),
        ttp: '01K1A8BXG7CFS8QC92XKKJD081_.tt.1',
        ttclid: 'E.C.P.referrer-click',
        ip: '203.0.113.24'
      },
      properties: {
        currency: 'USD',
        value: 25,
        content_type: 'product',
        contents: [
          { content_id: '507f1f77bcf86cd799439011', price: 19, quantity: 1 },
          { content_id: '505', price: 3, quantity: 2 }
        ]
      }
    })
  })

  it('does not trigger on other events', async () => {
    expect(await previewRequest(runnableSeed, readEvent('order-placed'), settings, NOW)).toEqual({
      kind: 'not_matched'
    })
  })

  it('replaces the shipped purchase pipeline: one Order Completed sends one Purchase', () => {
    const all = preparePipelines(loadPipelinesOrThrow(shipped, { fieldDefaults: FIELD_DEFAULTS, env: TEST_ENV }))
    expect(matchPipelines(all, readEvent('order-completed')).map((p) => p.pipeline.name)).toEqual(['tiktok_purchase'])
    const withoutSeed = preparePipelines(
      loadPipelinesOrThrow(
        shipped.filter((s) => s.path !== 'pipelines/tiktok-purchase.yaml'),
        { fieldDefaults: FIELD_DEFAULTS, env: TEST_ENV }
      )
    )
    expect(matchPipelines(withoutSeed, readEvent('order-completed')).map((p) => p.pipeline.name)).toEqual(['purchase'])
  })
})

describe('the seed is at least as good as purchase.yaml (its entries override only what they name)', () => {
  const [purchase] = preparePipelines(
    loadPipelinesOrThrow(
      shipped.filter((s) => s.path === 'pipelines/purchase.yaml'),
      { fieldDefaults: FIELD_DEFAULTS, env: TEST_ENV }
    )
  ).pipelines
  const base = readEvent('order-completed')
  const edit = (properties: Record<string, unknown>, context?: Record<string, unknown>) => ({
    ...base,
    properties,
    context: { ...(base.context as object), ...context }
  })
  // Order Completed as senders really send it: the cases where the seed alone (revenue, product_id, traits.email)
  // would lose what purchase.yaml and the field defaults read.
  it.each<[string, Record<string, unknown>]>([
    ['total but no revenue', edit({ total: 10, currency: 'EUR' })],
    ['value but no revenue', edit({ value: '12.50', currency: 'USD' })],
    ['products with only a sku', edit({ revenue: 4, products: [{ sku: 'SKU-1', price: 2, quantity: 2 }] })],
    [
      'no total at all: price x quantity',
      edit({ currency: 'USD', products: [{ product_id: 'p', price: 19.5, quantity: 3 }] })
    ],
    ["TikTok's own contents", edit({ revenue: 8, contents: [{ content_id: 1077218, price: 8 }] })],
    [
      'email and phone in properties',
      edit({ revenue: 3, email: 'buyer@example.com', phone: '+12133734253' }, { traits: {} })
    ],
    ['a sender product_group', edit({ revenue: 3, content_type: 'product_group', products: [{ product_id: 'g1' }] })],
    ['a pixel event_id', edit({ revenue: 3, event_id: 'pixel-1' })]
  ])('%s', async (_name, event) => {
    const fromSeed = await previewRequest(runnableSeed, event, settings, NOW)
    const fromPurchase = await previewRequest(purchase!, event, settings, NOW)
    expect(fromSeed).toEqual(fromPurchase)
  })

  it('an empty product list sends no content_type (the seed names content_type for any products key)', async () => {
    const result = await previewRequest(runnableSeed, edit({ revenue: 3, products: [] }), settings, NOW)
    if (result.kind !== 'request') throw new Error(`expected a request, got ${result.kind}`)
    expect(result.body.data[0]!.properties).toEqual({ currency: 'USD', value: 3 })
  })
})

describe('the seed payload at the fake TikTok Events API', () => {
  let fake: Awaited<ReturnType<typeof startFakeTikTok>>
  beforeAll(async () => {
    fake = await startFakeTikTok({ accessToken: 'test-token' })
  })
  afterAll(() => fake.close())

  it('is accepted as it is', async () => {
    const result = await previewRequest(runnableSeed, readEvent('order-completed'), settings, NOW)
    if (result.kind !== 'request') throw new Error(`expected a request, got ${result.kind}`)
    await sendTikTokRequest(result.body, { accessToken: 'test-token', apiUrl: fake.url })
    expect(fake.acceptedEvents().map((e) => [e.event, e.event_id, e.properties?.value])).toEqual([
      ['Purchase', 'ajs-next-0001-5f1c7a9e0b2d4c6e8a1f3b5d7c9e0a2b', 25]
    ])
  })
})
