/**
 * A request intake refuses as a whole. `status` is the HTTP answer; `reason` labels the rejection metric;
 * `message` is what the client reads (names the field, never its value).
 */
export class IntakeError extends Error {
  override readonly name = 'IntakeError'
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 408 | 413 | 429 | 500 | 503,
    readonly reason: string,
    message: string,
    readonly retryAfterSeconds?: number
  ) {
    super(message)
  }
}
