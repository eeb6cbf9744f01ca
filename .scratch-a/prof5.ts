import { hashMatchKeysSync } from '../destinations/tiktok/core/hash-match-keys.ts'
import { sha256HexSync, sha256Hex } from '../destinations/tiktok/core/sha256-hex.ts'
import { normalisePhone } from '../destinations/tiktok/core/normalise-phone.ts'
import { buildTikTokEvent, TikTokEvent } from '../destinations/tiktok/core/index.ts'
import { compileValidityCheck } from '../destinations/tiktok/core/contract-fast-check.ts'
const N = 20000
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) }
function t(name: string, f: (i: number) => unknown) { const s = cpu(); for (let i = 0; i < N; i++) f(i); console.log(name, ((cpu() - s) / N).toFixed(2), 'cpu-us/op') }
async function ta(name: string, f: (i: number) => Promise<unknown>) { const s = cpu(); for (let i = 0; i < N; i += 500) { const p = []; for (let j = 0; j < 500; j++) p.push(f(i + j)); await Promise.all(p) } console.log(name, ((cpu() - s) / N).toFixed(2), 'cpu-us/op') }
const inp = (i: number) => ({ event: 'Purchase', email: ` Shopper.${i}@Example.com `, phone: `(213) ${200 + (i % 700)}-${String(i % 10000).padStart(4, '0')}`, user_id: `user_${i}`, first_name: 'Alice', last_name: 'Van Der Berg', zip_code: '90012-3301', country: 'us', url: 'https://shop.example.com/checkout/complete', referrer: `https://shop.example.com/checkout?ttclid=E.C.P.ref${i}`, contents: [{ content_id: 'a', price: 19, quantity: 1 }, { content_id: 505, price: '3.00', quantity: '2' }], value: '25.00', currency: 'usd' })
const inputs = Array.from({ length: N }, (_, i) => inp(i))
const noPhone = inputs.map((x) => ({ ...x, phone: undefined }))
t('json', (i) => JSON.stringify(inputs[i]))
t('sha', (i) => sha256HexSync(`shopper.${i}@example.com`))
await ta('subtle', (i) => sha256Hex(`shopper.${i}@example.com`))
t('phone', (i) => normalisePhone(inputs[i].phone, 'US'))
t('hashkeys', (i) => hashMatchKeysSync(inputs[(i + 7) % N], {}))
t('hashkeys no phone', (i) => hashMatchKeysSync(noPhone[(i + 7) % N], {}))
const ev = (await buildTikTokEvent(inputs[0] as any, {}) as any).event
const fast = compileValidityCheck(TikTokEvent)
t('zod', () => TikTokEvent.safeParse(ev))
t('fast', () => fast(ev))
await ta('build', (i) => buildTikTokEvent(inputs[(i + 13) % N] as any, {}))
await ta('build no phone', (i) => buildTikTokEvent(noPhone[(i + 13) % N] as any, {}))
