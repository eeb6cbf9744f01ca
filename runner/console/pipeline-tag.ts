/**
 * Which pipeline made an event, for the console's Live events page: build-routes.ts tags each reportEvent input
 * with its pipeline's name, intake reads it and carries it beside the event it builds (accept-messages.ts; a second
 * tag on every built event cost more than the console's use of it). A WeakMap, so nothing is added to the objects
 * themselves (the core and the queue never see the tag) and nothing outlives them.
 */
const names = new WeakMap<object, string>()

/** Tags `target` with the pipeline `name`; returns `target`. */
export function tagPipeline<T extends object>(target: T, name: string): T {
  names.set(target, name)
  return target
}

/** The pipeline that made `target` ('' for none: a custom event or an untagged object). */
export const pipelineOf = (target: object): string => names.get(target) ?? ''
