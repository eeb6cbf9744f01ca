import { spawn } from 'node:child_process'
import { startPostgres } from '../test/fixtures/postgres.ts'

const server = await startPostgres({ fsync: true })
const db = await server.createDatabase('prof')
const AUTH = `Basic ${btoa('k:')}`
let seq = 0
const body = () =>
  JSON.stringify({
    batch: Array.from({ length: 100 }, () => {
      const i = seq++
      return {
        type: 'track',
        event: 'Order Completed',
        userId: `user-${i % 5000}`,
        messageId: `m-${i}`,
        timestamp: new Date().toISOString(),
        properties: { order_id: `o-${i}`, revenue: 42.5, currency: 'USD', products: [{ product_id: `p-${i % 100}` }] },
        context: { ip: '203.0.113.9', userAgent: 'Mozilla/5.0 bench', page: { url: 'https://shop.example/checkout' } }
      }
    })
  })
const proc = spawn(
  'node_modules/.bin/bun',
  [
    '--cpu-prof',
    '--cpu-prof-md',
    '--cpu-prof-dir=/tmp/wt-pg2/prof',
    'runner/cli.ts',
    'serve',
    '--port',
    '0',
    '--hostname',
    '127.0.0.1'
  ],
  {
    env: {
      PATH: process.env.PATH!,
      RELAY_WRITE_KEYS: 'k',
      RELAY_LINGER_MS: '200',
      RELAY_DATA_DIR: '/tmp/wt-pg2/prof/data',
      RELAY_DATABASE_URL: db
    },
    stdio: ['ignore', 'pipe', 'inherit']
  }
)
const url = await new Promise<string>((res) => {
  let o = ''
  proc.stdout!.on('data', (c) => {
    o += c
    const m = /RELAY_LISTENING=(\S+)/.exec(o)
    if (m) res(m[1]!)
  })
})
let n = 0
const end = performance.now() + 6000
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (performance.now() < end) {
      const r = await fetch(`${url}/v1/batch`, { method: 'POST', body: body(), headers: { authorization: AUTH } })
      await r.text()
      n++
    }
  })
)
console.log('events/s', (n * 100) / 6)
proc.kill('SIGTERM')
await new Promise((r) => proc.once('exit', r))
server.remove()
process.exit(0)
