/**
 * The sign-in throttle holds for tries sent at once with their bodies held back (found by an attacker trial): the
 * form's POST checked the throttle, then awaited its body, then compared and counted the failure. Posts whose bodies
 * arrive late all pass the first check together, so one client could have any number of tokens compared in one
 * burst (30 slow-bodied posts: 30 answers 401). Now the throttle is asked again once the body is in, so at most 5
 * wrong tokens are compared per client and window whatever the timing, and the rest are answered 429.
 */
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RelayProcess, startRelayProcess } from '../relay-process.ts'

const TOKEN = 'throttle-slow-bodies-token-0123456789'
const TRIES = 20
let relay: RelayProcess

beforeAll(async () => {
  relay = await startRelayProcess({ RELAY_ADMIN_TOKEN: TOKEN, RELAY_TRUST_PROXY: '1' })
}, 60_000)

afterAll(async () => {
  await relay?.stop()
})

/** A sign-in POST from `client` (as the proxy would name it) whose body's last bytes wait for `finish()`. */
function heldBackTry(token: string, client: string): { status: Promise<number>; finish: () => void } {
  const { hostname, port } = new URL(relay.url)
  const body = new URLSearchParams({ token }).toString()
  const socket = connect({ host: hostname, port: Number(port) })
  socket.write(
    [
      'POST /console/sign-in HTTP/1.1',
      `Host: ${hostname}:${port}`,
      `X-Forwarded-For: ${client}`,
      'Content-Type: application/x-www-form-urlencoded',
      `Content-Length: ${body.length}`,
      'Connection: close',
      '',
      body.slice(0, 4)
    ].join('\r\n')
  )
  const status = new Promise<number>((resolve, reject) => {
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk
    })
    socket.on('close', () => resolve(Number(answer.split(' ')[1])))
    socket.on('error', reject)
  })
  return { status, finish: () => socket.write(body.slice(4)) }
}

describe('the sign-in throttle and tries whose bodies arrive late', () => {
  it(`${TRIES} wrong tokens sent at once from one client: 5 compared (401), the rest 429`, async () => {
    const tries = Array.from({ length: TRIES }, (_, i) => heldBackTry(`guess-${i}`, '198.51.100.20'))
    // Every post's headers are read (its throttle check done) before any body is finished: a request on another
    // connection answered after them, then a moment for the relay to reach each post's body read.
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 300))
    for (const t of tries) t.finish()
    const statuses = await Promise.all(tries.map((t) => t.status))
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(TRIES - 5)
    // The client waits, a right token included; another client signs in.
    const again = await fetch(`${relay.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'x-forwarded-for': '198.51.100.20' },
      body: new URLSearchParams({ token: TOKEN })
    })
    expect(again.status).toBe(429)
    const other = await fetch(`${relay.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'x-forwarded-for': '198.51.100.21' },
      body: new URLSearchParams({ token: TOKEN })
    })
    expect(other.status).toBe(303)
  })
})
