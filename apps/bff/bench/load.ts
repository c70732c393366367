/** Shared by the benches: percentiles and the `key=value` lines every bench of the repo prints. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

export function printFigures(figures: Record<string, number | string>): void {
  for (const [key, value] of Object.entries(figures)) {
    console.log(`${key}=${typeof value === 'number' ? Number(value.toFixed(2)) : value}`);
  }
}
