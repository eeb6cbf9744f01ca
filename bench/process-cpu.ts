/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux); undefined elsewhere. */
import { readFileSync } from 'node:fs'

export function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100 // utime + stime in clock ticks, 100 per second on Linux
  } catch {
    return undefined
  }
}
