/** The mapping-kit subset evaluator and the trigger matcher: compile once, run per event, no actions-core. */
export { type CompiledMapping, compileMapping } from './compile-mapping.ts'
export type { FqlCondition, FqlGroup, FqlNestedTest, FqlOperator, FqlTopLevelTest } from './fql-condition.ts'
export { MappingCompileError } from './mapping-compile-error.ts'
export type { JsonValue, Mapping } from './mapping-types.ts'
export { SUPPORTED_DIRECTIVES } from './mapping-types.ts'
export { compileCondition, type EventPredicate } from './match-condition.ts'
