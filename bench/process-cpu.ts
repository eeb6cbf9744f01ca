/** CPU time of processes, from /proc (Linux); undefined (or 0) elsewhere. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** CPU seconds (user + system, all threads) a process has used so far. */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100 // utime + stime in clock ticks, 100 per second on Linux
  } catch {
    return undefined
  }
}

/** The postmaster's pid of the cluster in `serverDir` (test/fixtures/postgres.ts's `dir`). */
export function postmasterPidOf(serverDir: string): number {
  return Number(readFileSync(join(serverDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0])
}

/**
 * CPU seconds used so far by a PostgreSQL server: its postmaster and every process it forked that is still running
 * (backends, WAL writer, checkpointer; a backend that has exited is no longer counted, so read before closing pools).
 */
export function postgresCpuSeconds(postmasterPid: number): number {
  let total = cpuSecondsOf(postmasterPid) ?? 0
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue
    try {
      const ppid = Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])
      if (ppid === postmasterPid) total += cpuSecondsOf(Number(p)) ?? 0
    } catch {}
  }
  return total
}
