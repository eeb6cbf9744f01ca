/**
 * Typed errors. Retry policy lives in the type: a worker decides retry, drop or dead-letter from the class alone,
 * never by reading message strings.
 */

/** One problem with one value, located by a field path such as `data.3.properties.currency`. */
export interface Issue {
  code: string
  path: string
  message: string
}

/** An event that cannot be sent as it is; retrying will not help. Carries every issue, not just the first. */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError'
  readonly retryable = false
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path || '(event)'}: ${i.message}`).join('; '))
  }
}

/** What went wrong talking to TikTok. `code` is TikTok's envelope code when there was one. */
export abstract class DeliveryError extends Error {
  abstract readonly retryable: boolean
  constructor(
    message: string,
    readonly details: { status?: number; code?: number; requestId?: string; retryAfterMs?: number } = {}
  ) {
    super(message)
  }
}

/** Rate limits, TikTok server errors, 5xx/HTML answers, timeouts, network failures. */
export class RetryableDeliveryError extends DeliveryError {
  override readonly name = 'RetryableDeliveryError'
  readonly retryable = true
}

/** Bad token, no permission on the pixel, an invalid parameter: sending again cannot succeed. */
export class PermanentDeliveryError extends DeliveryError {
  override readonly name = 'PermanentDeliveryError'
  readonly retryable = false
  /** Index of the offending event when TikTok named one (`data.N`), so the rest of a batch can be retried without it. */
  get eventIndex(): number | undefined {
    const m = /\bdata\.(\d+)\b|\bdata\[(\d+)\]/.exec(this.message)
    return m ? Number(m[1] ?? m[2]) : undefined
  }
}

/** A configuration problem found before any event is processed (bad setting, missing secret). */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
  constructor(
    readonly key: string,
    message: string
  ) {
    super(`${key}: ${message}`)
  }
}
