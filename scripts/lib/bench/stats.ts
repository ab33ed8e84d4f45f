// Percentiles by the nearest-rank method: every reported value is one that was really observed,
// and p95 of 20 samples is the 19th smallest, not an interpolation between two of them.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values')
  if (p <= 0 || p > 100) throw new Error(`percentile ${p} is outside (0, 100]`)
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}
