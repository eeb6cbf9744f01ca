import { parsePhoneNumberFromString, parsePhoneNumber, isValidPhoneNumber } from 'libphonenumber-js'
import { z } from 'zod'
import { TikTokEvent, TikTokUser, TikTokProperties } from '../destinations/tiktok/core/contract.ts'
const N = 20000
function t(name: string, f: (i: number) => unknown) { const s = performance.now(); for (let i = 0; i < N; i++) f(i); const ms = performance.now() - s; console.log(name, (ms * 1000 / N).toFixed(2), 'us/op') }
const ph = (i: number) => `(213) ${200 + (i % 700)}-${String(i % 10000).padStart(4, '0')}`
t('json baseline', (i) => JSON.stringify({ a: i, b: 'x', c: [1, 2, 3], d: { e: 'f' } }))
t('parse only', (i) => parsePhoneNumberFromString(ph(i), { defaultCountry: 'US' }))
t('parse+valid', (i) => parsePhoneNumberFromString(ph(i), { defaultCountry: 'US' })?.isValid())
t('parse+valid e164 input', (i) => parsePhoneNumberFromString('+1213' + (2000000 + i), { defaultCountry: 'US' })?.isValid())
t('isValidPhoneNumber', (i) => isValidPhoneNumber(ph(i), 'US'))
const user = { email: 'a'.repeat(64), phone: 'b'.repeat(64), external_id: 'c'.repeat(64), first_name: 'd'.repeat(64), last_name: 'e'.repeat(64), zip_code: 'f'.repeat(64), city: 'LA', state: 'CA', country: 'US', ttp: 'x', ttclid: 'y', ip: '1.2.3.4', user_agent: 'ua', locale: 'en-US' }
const props = { contents: [{ content_id: 'a', price: 1, quantity: 1 }, { content_id: 'b', price: 1, quantity: 2 }], content_ids: ['a', 'b'], content_type: 'product', currency: 'USD', value: 25, order_id: 'o1' }
const ev = { event: 'Purchase', event_time: 1795420800, event_id: 'e1', user, properties: props, page: { url: 'https://a/b', referrer: 'https://a/c' } }
t('zod user', () => TikTokUser.safeParse(user))
t('zod props', () => TikTokProperties.safeParse(props))
t('zod event', () => TikTokEvent.safeParse(ev))
const simple = z.object({ a: z.string(), b: z.number(), c: z.string().optional() })
t('zod simple', () => simple.safeParse({ a: 'x', b: 1 }))
const strictSimple = z.object({ a: z.string(), b: z.number(), c: z.string().optional() }).strict()
t('zod simple strict', () => strictSimple.safeParse({ a: 'x', b: 1 }))
const hexs = z.object({ a: z.string().regex(/^[0-9a-f]{64}$/) })
t('zod regex', () => hexs.safeParse({ a: 'a'.repeat(64) }))
const un = z.object({ a: z.union([z.string().regex(/^[0-9a-f]{64}$/), z.array(z.string()).min(1)]) })
t('zod union', () => un.safeParse({ a: 'a'.repeat(64) }))
