/**
 * Typed store errors, carrying their retry policy: the intake answers a StoreUnavailableError with 503 and its
 * Retry-After (never 200), /healthz names its reason, and the worker leaves its rows to be leased again. Messages
 * say what failed in the store's own words (a SQLSTATE, a socket error code), never a database URL or its password.
 */

const UNAVAILABLE_PREFIX = 'the store is unavailable: '

/**
 * Whether a log line's error text is a StoreUnavailableError's message (logs carry messages, not the errors): the
 * outage log (store-outage-log.ts) holds back the repeats of these.
 */
export const isStoreUnavailableText = (text: string) => text.startsWith(UNAVAILABLE_PREFIX)

/** The store cannot be reached or cannot commit now (PostgreSQL down or restarting, the disk full); try again. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
  readonly retryable = true
  /** What a client should wait before retrying (the Retry-After of a 503). */
  readonly retryAfterSeconds: number
  /** The driver's code (ECONNREFUSED, 57P01, ...), when it gave one. */
  readonly code: string | undefined

  constructor(reason: string, options: { code?: string; retryAfterSeconds?: number } = {}) {
    super(`${UNAVAILABLE_PREFIX}${reason}`)
    this.code = options.code
    this.retryAfterSeconds = options.retryAfterSeconds ?? 5
  }
}

/** The store was closed by this process (shutdown); nothing will succeed on it again. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError'
  readonly retryable = false
  constructor() {
    super('the relay store is closed')
  }
}

/** Removes every occurrence of the secrets (a database password, the whole URL) from a text meant for a log. */
export function withoutSecrets(text: string, secrets: Array<string | undefined>): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}
