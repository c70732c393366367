import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

export interface BundleBudget {
  /** Entry chunk plus everything it imports statically: what must load before the first paint. */
  maxInitialKb: number;
  /** Any route chunk the router loads lazily, with the chunks it alone pulls in. */
  maxRouteChunkKb: number;
}

export interface BundleSizes {
  initialJsGzipKb: number;
  largestRouteChunkGzipKb: number;
  largestRouteChunk: string | undefined;
}

/** TanStack Router's code splitter names split route modules `…/routes/x.tsx?tsr-split=component`. */
const isRouteChunk = (chunk: Rolldown.OutputChunk) => chunk.facadeModuleId?.includes('tsr-split') ?? false;

const kb = (bytes: number) => Math.round(bytes / 10) / 100;

/** The chunk and, transitively, every chunk it imports statically (they load with it). */
function staticClosure(start: Rolldown.OutputChunk, chunks: Map<string, Rolldown.OutputChunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(start.fileName);
  return seen;
}

export function measureBundle(bundle: Rolldown.OutputBundle): BundleSizes {
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);

  const gzipSize = new Map<string, number>();
  const sizeOf = (fileNames: Iterable<string>) => {
    let total = 0;
    for (const fileName of fileNames) {
      let size = gzipSize.get(fileName);
      if (size === undefined) {
        size = gzipSync(chunks.get(fileName)?.code ?? '').length;
        gzipSize.set(fileName, size);
      }
      total += size;
    }
    return total;
  };

  const initial = new Set<string>();
  for (const chunk of chunks.values()) {
    if (chunk.isEntry) for (const fileName of staticClosure(chunk, chunks)) initial.add(fileName);
  }

  let largest = { bytes: 0, name: undefined as string | undefined };
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry || !isRouteChunk(chunk)) continue;
    const ownFiles = [...staticClosure(chunk, chunks)].filter((fileName) => !initial.has(fileName));
    const bytes = sizeOf(ownFiles);
    if (bytes > largest.bytes) largest = { bytes, name: chunk.fileName };
  }

  return {
    initialJsGzipKb: kb(sizeOf(initial)),
    largestRouteChunkGzipKb: kb(largest.bytes),
    largestRouteChunk: largest.name,
  };
}

/** Prints the gzip sizes CI reads and fails the build when they exceed the budget. */
export function bundleBudget(budget: BundleBudget): Plugin {
  return {
    name: 'switchboard:bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes = measureBundle(bundle);
      console.log(`initial_js_gzip_kb=${sizes.initialJsGzipKb}`);
      console.log(`largest_route_chunk_gzip_kb=${sizes.largestRouteChunkGzipKb}`);
      const overruns = [
        sizes.initialJsGzipKb > budget.maxInitialKb &&
          `initial JS is ${sizes.initialJsGzipKb} KB gzip, over its ${budget.maxInitialKb} KB budget`,
        sizes.largestRouteChunkGzipKb > budget.maxRouteChunkKb &&
          `route chunk ${sizes.largestRouteChunk} is ${sizes.largestRouteChunkGzipKb} KB gzip, over its ${budget.maxRouteChunkKb} KB budget`,
      ].filter(Boolean);
      if (overruns.length > 0) this.error(`Bundle budget exceeded: ${overruns.join('; ')}.`);
    },
  };
}
