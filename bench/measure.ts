/** Small helpers shared by the benchmarks: timing and a readable report. */

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
