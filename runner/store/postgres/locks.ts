/**
 * The advisory lock keys of the store (per database, so two relay deployments on one server never meet). A
 * transaction-level lock ends with its transaction; a session-level one with its connection, so a relay that dies
 * holding one frees it with its connection.
 */
export const LOCK = {
  /** Schema migrations (transaction-level). */
  migrate: 7_246_150_001,
  /** Creating queue partitions (transaction-level). */
  partitions: 7_246_150_002,
  /** Retiring drained partitions and compacting leftovers: one relay at a time (session-level). */
  maintenance: 7_246_150_003,
  /** Retention pruning: one relay at a time (session-level). */
  prune: 7_246_150_004
} as const
