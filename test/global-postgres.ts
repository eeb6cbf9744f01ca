/**
 * vitest globalSetup: one throwaway PostgreSQL server for the whole run (test/fixtures/postgres.ts), handed to the
 * test files through `inject('postgres')`; each file takes a database of its own with testDatabase(). At the end the
 * server, and any private server a test file started and could not stop, is stopped and its directory removed.
 */
import { rmSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { makeRunDir, removeServersUnder, startPostgres } from './fixtures/postgres.ts'

export default async function setup(project: TestProject): Promise<() => void> {
  const parentDir = makeRunDir()
  try {
    // Tests restart and kill servers, never the machine: without fsync nothing they check can be lost, and the
    // two shared cores are spared a disk flush per commit. The benches run with fsync on.
    const server = await startPostgres({ parentDir, fsync: false })
    project.provide('postgres', { url: server.url, port: server.port, parentDir })
  } catch (err) {
    removeServersUnder(parentDir)
    throw err
  }
  return () => {
    removeServersUnder(parentDir)
    rmSync(parentDir, { recursive: true, force: true })
  }
}
