/**
 * The console in headless Chromium (issue 16), as a user opens it: sign in with the admin token, see 50% email
 * coverage for Purchase after 10 purchases of which 5 carried an email, see the unmatched Newsletter Signup with a
 * pipeline to copy, replay a dead letter and see the fake TikTok receive it. No page logs a browser error, and each
 * page is saved as a screenshot in test-artifacts/console/.
 */
import { mkdirSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../fixtures/browser.ts'
import { tempDir } from '../../fixtures/temp-dir.ts'
import { type RelayWithFake, startRelayWithFakeTikTok } from '../relay-process.ts'
import { waitFor } from '../wait-for.ts'
import { sendKnownTraffic, sendRejectedLead } from './console-traffic.ts'

const KEY = 'wk-console-browser'
const TOKEN = 'console-browser-token-0123456789'
const ARTIFACTS = new URL('../../../test-artifacts/console/', import.meta.url).pathname
let setup: RelayWithFake
let context: BrowserContext
let tab: Page
const browserErrors: string[] = []

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  setup = await startRelayWithFakeTikTok('PIXEL_CONSOLE_UI', KEY, { RELAY_ADMIN_TOKEN: TOKEN })
  await sendKnownTraffic(setup.relay.url, KEY, setup.fake)
  await sendRejectedLead(setup.relay.url, KEY, setup.fake)
  context = await launchChromium(tempDir('relay-console-chromium-'))
  tab = await context.newPage()
  tab.on('console', (m) => {
    if (m.type() === 'error') browserErrors.push(m.text())
  })
  tab.on('pageerror', (e) => browserErrors.push(e.message))
})
afterAll(async () => {
  await context?.close()
  await setup?.close()
})

/** Saves the page as test-artifacts/console/<name>.png, after checking it shows no unfilled value. */
async function shot(name: string) {
  const text = await tab.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement
    for (const pre of copy.querySelectorAll('pre, textarea')) pre.remove()
    return copy.textContent ?? ''
  })
  expect(text).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b/)
  await tab.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true })
}
/** Opens a console page and waits until its data has been drawn. */
async function open(path: string, ready: string) {
  await tab.goto(`${setup.relay.url}/console${path}`)
  await tab.waitForSelector(ready)
}
/** Reloads until `selector` shows (the console's counts reach the store every 2 s). */
async function openWhen(path: string, selector: string) {
  await waitFor(`${selector} on /console${path}`, async () => {
    await tab.goto(`${setup.relay.url}/console${path}`)
    await tab.waitForSelector('#page > :not(h1):not(.loading)')
    return (await tab.$(selector)) !== null
  })
}

describe('the console in Chromium', () => {
  it('sends a visitor without a session to the sign-in form; the admin token signs in', async () => {
    await tab.goto(`${setup.relay.url}/console`)
    expect(new URL(tab.url()).pathname).toBe('/console/sign-in')
    await shot('sign-in')
    await tab.fill('input[name=token]', TOKEN)
    await Promise.all([tab.waitForURL(`${setup.relay.url}/console`), tab.click('button[type=submit]')])
    const cookies = await context.cookies(`${setup.relay.url}/console`)
    expect(cookies.find((c) => c.name === 'relay_console')).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
  })

  it('Overview: a day of traffic, delivery health, queue and circuits', async () => {
    await openWhen('', '#traffic-chart .uplot')
    expect(await tab.textContent('.cards')).toMatch(/received \(24 h\)/)
    await shot('overview')
  })

  it('Match quality: 50% email coverage for Purchase, with the formula', async () => {
    await openWhen('/match-quality', 'tr[data-event="Purchase"]')
    const row = tab.locator('tr[data-event="Purchase"]')
    await waitFor('10 purchases counted', async () => {
      await tab.reload()
      await tab.waitForSelector('tr[data-event="Purchase"]')
      return (await row.locator('td').nth(1).textContent()) === '10'
    })
    expect(await row.locator('td[data-key="email"]').textContent()).toBe('50%')
    expect(await tab.textContent('main')).toContain('score = 10 × Σ weight × share / Σ weight')
    await shot('match-quality')
  })

  it('Live events: hashed events with consent, pipeline and status, filtered by status', async () => {
    await open('/live', 'tr[data-status]')
    expect(await tab.textContent('main')).toContain('tiktok_purchase')
    await tab.selectOption('#status-filter', 'unmatched')
    await tab.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tr[data-status]')]
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === 'unmatched')
    })
    expect(await tab.textContent('main')).toContain('Newsletter Signup')
    await shot('live')
  })

  it('Unmatched: the Newsletter Signup with a pipeline to copy', async () => {
    await openWhen('/unmatched', '.unmatched[data-name="Newsletter Signup"]')
    const snippet = await tab.textContent('.unmatched[data-name="Newsletter Signup"] pre')
    expect(snippet).toContain('value: "Newsletter Signup"')
    expect(snippet).toContain('event: track')
    await shot('unmatched')
  })

  it('Dead letters: TikTok’s reason, and a replay reaches TikTok', async () => {
    await openWhen('/dead-letters', 'tr[data-id]')
    expect(await tab.textContent('tr[data-id]')).toContain('Invalid value for data.0.event_id')
    await shot('dead-letters')
    const leadsBefore = setup.fake.acceptedEvents().filter((e) => e.event === 'Lead').length
    expect(leadsBefore).toBe(0)
    await tab.click('tr[data-id] button')
    await tab.waitForSelector('[role=status]')
    expect(await tab.textContent('[role=status]')).toContain('1 event(s) back in the queue')
    await waitFor('the replayed Lead at TikTok', () => setup.fake.acceptedEvents().some((e) => e.event === 'Lead'))
  })

  it('Playground: a pasted event shows the request the pipelines would send', async () => {
    await open('/playground', '#event-input')
    await tab.click('#preview-button')
    await tab.waitForSelector('#preview-output .request pre')
    const body = JSON.parse((await tab.textContent('#preview-output .request pre'))!)
    expect(body.data[0].event).toBe('Purchase')
    expect(body.data[0].user.email).toMatch(/^[0-9a-f]{64}$/)
    await shot('playground')
  })

  it('Sign out ends the session: the browser is back at the sign-in form and a copied cookie opens nothing', async () => {
    const copied = (await context.cookies(`${setup.relay.url}/console`)).find((c) => c.name === 'relay_console')!
    await open('', 'form.sign-out button')
    await Promise.all([tab.waitForURL(`${setup.relay.url}/console/sign-in`), tab.click('form.sign-out button')])
    const cookie = `relay_console=${copied.value}`
    const api = await fetch(`${setup.relay.url}/console/api/overview`, { headers: { cookie } })
    expect(api.status).toBe(401)
    await tab.goto(`${setup.relay.url}/console`)
    expect(new URL(tab.url()).pathname).toBe('/console/sign-in')
  })

  it('logged no error in the browser console on any page', () => {
    expect(browserErrors).toEqual([])
  })
})
