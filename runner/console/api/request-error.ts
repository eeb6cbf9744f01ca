/** A console API request that will never succeed as sent (400, never retried): the message names the field. */
export class ConsoleRequestError extends Error {
  override readonly name = 'ConsoleRequestError'
  readonly status = 400
  readonly retryable = false
}
