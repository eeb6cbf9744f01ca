/**
 * RudderStack transformer interface for the TikTok Events API: `process(event)` for one event and
 * `processRouterDest(inputs)` for router batching. Inputs are `{ message, destination: { Config }, metadata }` as
 * rudder-server sends them; outputs are RudderStack's REST request shape. Default event mapping: the shipped
 * pipelines, overridden by Config.eventsToStandard. Per-event failures: 400 (instrumentation: unmapped event,
 * contract violation with its field path; configuration: a Config key) and 298 for an event consent filtered out
 * (RudderStack's "filtered" status: dropped, never retried, not counted as a failure). See rudderstack/ for the pieces.
 */
import { installNativeSha256 } from './native-sha256.ts'

// rudder-transformer runs on Node: match keys are hashed with its native SHA-256 (native-sha256.ts).
installNativeSha256()

export type { RudderStackDestination, RudderStackInput } from './rudderstack/build-message-events.ts'
export { processEvent as process } from './rudderstack/process-event.ts'
export type { RudderStackRequest } from './rudderstack/rest-request.ts'
export {
  type BatchedResponse,
  type FailedResponse,
  processRouterDest,
  type RouterResponse
} from './rudderstack/route-batch.ts'
export { RudderStackConfig } from './rudderstack/rudderstack-config.ts'
export { FILTERED_STATUS, RudderStackEventError } from './rudderstack/rudderstack-error.ts'
