/**
 * Core throughput (issue 2): ReportEventInput -> buildTikTokEvent (consent, normalise, SHA-256, contract
 * validation) on one core. Inputs are realistic Purchase events, each with a distinct email, phone, name and user
 * id, so no memo can help. Events of a batch are built concurrently (as hosts do with performBatch / the runner's
 * intake).
 * "On one core" is measured as events per CPU-second of this process (user + system time, GC threads included),
 * best of several short rounds: the bench machine is shared with parallel test runs, and the least disturbed round
 * is the closest to what one fully available core gives. Wall-clock rates are printed as references.
 */
import { buildTikTokEvent, type CoreSettings, type ReportEventInput } from '../destinations/tiktok/core/index.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6)
const ROUNDS = 12
const DISTINCT = 50_000
const BATCH = 500
const SETTINGS: Partial<CoreSettings> = { consentCategories: ['Advertising'], defaultPhoneCountry: 'US' }

function input(i: number): ReportEventInput {
  return {
    event: 'CompletePayment',
    event_id: `ajs-next-${i.toString(16).padStart(12, '0')}`,
    timestamp: new Date(Date.UTC(2026, 10, 23, 8, 0, 0) + i * 37).toISOString(),
    email: ` Shopper.${i}@Example.com `,
    phone: `(213) ${String(200 + (i % 700)).padStart(3, '0')}-${String(i % 10_000).padStart(4, '0')}`,
    user_id: `user_${i}`,
    first_name: 'Alice',
    last_name: `Van Der Berg ${i % 97}`,
    zip_code: '90012-3301',
    city: 'Los Angeles',
    state: 'CA',
    country: 'us',
    ttp: '01K1A8BXG7CFS8QC92XKKJD081_.tt.1',
    ttclid: 'E.C.P.CsQBRk9vd2tXbGx3',
    ip: '203.0.113.24',
    user_agent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
    locale: 'en-US',
    url: 'https://shop.example.com/checkout/complete',
    referrer: `https://shop.example.com/checkout?ttclid=E.C.P.ref${i}`,
    contents: [
      { content_id: '507f1f77bcf86cd799439011', content_name: 'Monopoly', price: 19, quantity: 1, brand: 'Hasbro' },
      { content_id: 505, content_name: 'Uno', price: '3.00', quantity: '2' }
    ],
    value: '25.00',
    currency: 'usd',
    order_id: `order-${i}`,
    consent_preferences: { Advertising: true, Analytics: true }
  }
}

const inputs = Array.from({ length: DISTINCT }, (_, i) => input(i))

async function runConcurrent(deadline: number): Promise<number> {
  let built = 0
  let i = 0
  while (performance.now() < deadline) {
    const batch: Promise<unknown>[] = []
    for (let j = 0; j < BATCH; j++) batch.push(buildTikTokEvent(inputs[i++ % DISTINCT], SETTINGS))
    const results = await Promise.all(batch)
    built += results.length
  }
  return built
}

async function runSequential(deadline: number): Promise<number> {
  let built = 0
  let i = 0
  while (performance.now() < deadline) {
    const result = await buildTikTokEvent(inputs[i++ % DISTINCT], SETTINGS)
    if (result.kind !== 'send') throw new Error('bench input was dropped')
    built++
  }
  return built
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** Best rate over ROUNDS rounds sharing `seconds`. */
async function measure(
  run: (deadline: number) => Promise<number>,
  seconds: number
): Promise<{ perCpuSecond: number; perWallSecond: number }> {
  let perCpuSecond = 0
  let perWallSecond = 0
  for (let round = 0; round < ROUNDS; round++) {
    const cpu0 = cpuSeconds()
    const started = performance.now()
    const count = await run(started + (seconds * 1000) / ROUNDS)
    perCpuSecond = Math.max(perCpuSecond, count / (cpuSeconds() - cpu0))
    perWallSecond = Math.max(perWallSecond, count / ((performance.now() - started) / 1000))
  }
  return { perCpuSecond, perWallSecond }
}

function bench(name: string, value: number, target: string): void {
  console.log(`BENCH ${JSON.stringify({ issue: 2, name, value: Math.round(value), unit: 'events/s', target })}`)
}

// The output must be right before its speed means anything.
const sample = await buildTikTokEvent(inputs[1], SETTINGS)
if (sample.kind !== 'send' || sample.matchKeys.length !== 13) throw new Error('bench input does not build fully')

await measure(runConcurrent, 1) // warm up the JIT
const concurrent = await measure(runConcurrent, SECONDS)
const sequential = await measure(runSequential, Math.max(1, SECONDS / 2))
bench('core buildTikTokEvent (map+hash+validate), one core', concurrent.perCpuSecond, '>= 50000')
bench('core buildTikTokEvent, wall clock on the shared machine', concurrent.perWallSecond, 'reference')
bench('core buildTikTokEvent one at a time, one core', sequential.perCpuSecond, 'reference')
process.exit(0)
