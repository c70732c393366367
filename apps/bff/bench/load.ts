/** A small closed-loop HTTP load generator: `connections` workers, each sending its next request when one returns. */
export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

export async function runLoad(options: {
  request: () => Promise<Response>;
  connections: number;
  durationMs: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const res = await options.request();
        await res.arrayBuffer();
        if (res.ok) latencies.push(performance.now() - sent);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsedS,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/** `key=value` lines, the format every bench of the repo prints. */
export function printFigures(figures: Record<string, number | string>): void {
  for (const [key, value] of Object.entries(figures)) {
    console.log(`${key}=${typeof value === 'number' ? Number(value.toFixed(2)) : value}`);
  }
}
