/**
 * A per-event failure in RudderStack's terms: an HTTP-like status (400 instrumentation/configuration, 298 filtered)
 * and the statTags RudderStack's router reports. Messages name field paths, never values.
 */
export type RudderStackErrorType = 'instrumentation' | 'configuration' | 'filtered'

/** RudderStack's status for an event a destination deliberately filtered (its FILTER_EVENTS code): dropped, no retry. */
export const FILTERED_STATUS = 298

export class RudderStackEventError extends Error {
  override readonly name = 'RudderStackEventError'
  constructor(
    readonly status: number,
    readonly errorType: RudderStackErrorType,
    message: string
  ) {
    super(message)
  }

  /** errorCategory/errorType as RudderStack's router reports them; 'filtered' for 298 is our naming (unconfirmed). */
  get statTags(): { errorCategory: string; errorType: RudderStackErrorType } {
    return { errorCategory: this.status === FILTERED_STATUS ? 'filtered' : 'dataValidation', errorType: this.errorType }
  }
}
