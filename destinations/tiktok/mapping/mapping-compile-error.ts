/**
 * A mapping the evaluator cannot run. Raised once, when the mapping is compiled, never per event, so a bad
 * pipeline is refused at startup instead of failing on every event.
 */
export class MappingCompileError extends Error {
  override readonly name = 'MappingCompileError'
  readonly code = 'mapping_unsupported'
  constructor(
    /** Where in the mapping, e.g. `contents.@arrayPath.1.price`. */
    readonly path: string,
    message: string
  ) {
    super(`${path || '(mapping)'}: ${message}`)
  }
}
