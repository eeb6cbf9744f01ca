/**
 * Sends the Node process's HTTPS requests for TikTok's API host to the fake TikTok on loopback, as plain HTTP, without
 * touching the code that makes them. actions-core's request client is cross-fetch -> node-fetch 2 on Node (not
 * undici, so an undici global dispatcher would not see it), and node-fetch hands `https:` URLs to `https.request`
 * with Node's `https.globalAgent` when the caller names no agent: replacing that agent is the one switch both
 * Segment's TikTok Conversions (which writes `https://business-api.tiktok.com/...` into its code) and our host
 * (whose default API URL is the same) go through. Any other host is refused: this machine has no internet, and a
 * bench that quietly reached somewhere else would measure the wrong thing.
 */
import https from 'node:https'
import net from 'node:net'
import { TIKTOK_EVENTS_URL } from '../destinations/tiktok/core/contract.ts'

const TIKTOK_HOST = new URL(TIKTOK_EVENTS_URL).hostname

/** An https.Agent whose connections to TikTok's host are plain TCP connections to `fakeOrigin` (http://host:port). */
class LoopbackTikTokAgent extends https.Agent {
  readonly #target: { host: string; port: number }

  constructor(fakeOrigin: string) {
    super({ keepAlive: true }) // as Node's own global agent since Node 19
    const url = new URL(fakeOrigin)
    this.#target = { host: url.hostname, port: Number(url.port) }
  }

  // Node's Agent calls this for every new socket; the base class would start TLS here.
  override createConnection(options: { host?: string }): net.Socket {
    if (options.host !== TIKTOK_HOST) throw new Error(`the bench reaches ${TIKTOK_HOST} only, not ${options.host}`)
    return net.connect(this.#target.port, this.#target.host)
  }
}

/** From now on, this process's `https://business-api.tiktok.com/...` requests (with no agent of their own) go to the fake. */
export function routeTikTokToFake(fakeOrigin: string): void {
  // `https.globalAgent` is read at each request (Node's https.request looks it up on the module).
  https.globalAgent = new LoopbackTikTokAgent(fakeOrigin)
}
