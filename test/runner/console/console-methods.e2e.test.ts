/**
 * A console path asked with a method it does not take is answered 405 with Allow and a JSON error, as the relay's
 * other known paths are (README: "a known path asked with the wrong method 405 with Allow"); found by a trial, where
 * PUT /console/api/overview and GET /console/sign-out said "No route" (404). A path the console does not have stays
 * 404. A relay process as users run it; the admin token in the Bearer header, so the guard lets each request through.
 */
import { describe, expect, it } from 'vitest'
import { relayForFile } from '../relay-for-file.ts'

const TOKEN = 'console-methods-token-0123456789'
const relay = relayForFile({ RELAY_ADMIN_TOKEN: TOKEN })

const ask = (method: string, path: string) =>
  fetch(`${relay.current.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { authorization: `Bearer ${TOKEN}`, origin: relay.current.url }
  })

describe('console paths and methods', () => {
  it.each([
    ['PUT', '/console/api/overview', 'GET, HEAD'],
    ['GET', '/console/api/playground', 'POST'],
    ['DELETE', '/console/api/dead-letters/replay', 'POST'],
    ['GET', '/console/sign-out', 'POST'],
    ['PUT', '/console/sign-in', 'GET, HEAD, POST'],
    ['POST', '/console', 'GET, HEAD'],
    ['POST', '/console/live', 'GET, HEAD'],
    ['DELETE', '/console/assets/console.css', 'GET, HEAD']
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const res = await ask(method, path)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    expect(await res.json()).toEqual({
      success: false,
      code: 'method_not_allowed',
      message: `${path} takes ${allow}, not ${method}`
    })
  })

  it.each([
    ['GET', '/console/api/nothing'],
    ['PUT', '/console/nothing'],
    ['GET', '/console/assets/nothing.js']
  ])('%s %s, a path the console does not have, is 404', async (method, path) => {
    const res = await ask(method, path)
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ success: false, code: 'not_found' })
  })

  // Found by an attacker trial: the asset's name was looked up on a plain object, so these names found Object's own
  // and anyone (the assets need no sign-in) got a 500 and an error log line per request.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'GET /console/assets/%s, a name every object has, is 404 without a token too',
    async (name) => {
      const res = await fetch(`${relay.current.url}/console/assets/${name}`)
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ success: false, code: 'not_found' })
      expect(relay.current.stderr()).not.toContain('unexpected error')
    }
  )

  it('the methods a path takes still answer', async () => {
    expect((await ask('GET', '/console/api/overview')).status).toBe(200)
    expect((await ask('HEAD', '/console/assets/console.css')).status).toBe(200)
  })
})

describe('signing out', () => {
  it('a sign-out with a session already ended (another tab, expiry) still clears the cookie and shows the sign-in form', async () => {
    const signedIn = await fetch(`${relay.current.url}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ token: TOKEN })
    })
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!
    const signOut = () =>
      fetch(`${relay.current.url}/console/sign-out`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, origin: relay.current.url }
      })
    expect((await signOut()).status).toBe(303)
    // The same page's button again (a second tab): the session is gone, the browser still holds the cookie.
    const again = await signOut()
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toBe('/console/sign-in')
    expect(again.headers.get('set-cookie')).toMatch(/^relay_console=; .*Max-Age=0/)
    expect((await fetch(`${relay.current.url}/console/api/overview`, { headers: { cookie } })).status).toBe(401)
  })

  it('a sign-out from another site is still refused', async () => {
    const res = await fetch(`${relay.current.url}/console/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: 'https://evil.example' }
    })
    expect(res.status).toBe(403)
  })
})
