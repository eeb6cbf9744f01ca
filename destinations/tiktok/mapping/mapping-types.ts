/** A JSON value as it appears in a mapping-kit mapping or in an event. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** A mapping-kit mapping: field name -> raw JSON value or directive object such as `{ "@path": "$.userId" }`. */
export type Mapping = { [field: string]: JsonValue }

/** One compiled piece of a mapping: reads the payload, returns the resolved value (undefined when absent). */
export type Resolver = (payload: unknown) => unknown

/** The directives this evaluator understands: the subset compiled pipelines and the reportEvent defaults use. */
export const SUPPORTED_DIRECTIVES = ['@path', '@arrayPath', '@if', '@template', '@case', '@literal'] as const
export type SupportedDirective = (typeof SUPPORTED_DIRECTIVES)[number]
