import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Small helpers shared by the benchmarks: timing, CPU time and a readable report. */

export const duration = (ms: number) => (ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(1)} s`)

export const time = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

export type Row = { what: string; ms: number; note?: string }

/** Prints rows with their ratio to the baseline row, which every benchmark measures in the same run. */
export const report = (title: string, baseline: Row, rows: Row[]) => {
  console.log(`\n${title}`)
  const width = Math.max(...[baseline, ...rows].map((row) => row.what.length))
  for (const row of [baseline, ...rows]) {
    const ratio = row === baseline ? 'baseline' : `× ${(row.ms / baseline.ms).toFixed(1)}`
    console.log(`  ${row.what.padEnd(width)}  ${duration(row.ms).padStart(9)}  ${ratio.padStart(9)}${row.note ? `  ${row.note}` : ''}`)
  }
}

/**
 * CPU seconds used so far by the app's processes (those of its process groups) and by
 * PostgreSQL's (the postmaster and its children, which run apart from the app's groups).
 */
export const cpuSeconds = ({ groups, postmaster }: { groups: number[]; postmaster: number }): { app: number; database: number } => {
  const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100
  const used = { app: 0, database: 0 }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // Ended while being read.
    }
    // "pid (command) state ppid pgrp … utime stime …": the command may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const seconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
    if (Number(entry) === postmaster || Number(fields[1]) === postmaster) used.database += seconds
    else if (groups.includes(Number(fields[2]))) used.app += seconds
  }
  return used
}
