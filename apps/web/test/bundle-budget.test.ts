import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { bundleBudget, measureBundle } from '../build/bundle-budget';

/** Code of a given gzip size is hard to make; random-looking text of n bytes gzips to about n bytes. */
function incompressible(bytes: number): string {
  let seed = bytes;
  let text = '';
  while (text.length < bytes) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    text += String.fromCharCode(33 + (seed % 90));
  }
  return text;
}

function chunk(fileName: string, bytes: number, fields: Partial<Rolldown.OutputChunk> = {}): Rolldown.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    code: incompressible(bytes),
    isEntry: false,
    isDynamicEntry: false,
    imports: [],
    facadeModuleId: null,
    ...fields,
  } as Rolldown.OutputChunk;
}

const gzipKb = (...chunks: Rolldown.OutputChunk[]) =>
  Math.round(chunks.reduce((total, { code }) => total + gzipSync(code).length, 0) / 10) / 100;

function bundleOf(...chunks: Rolldown.OutputChunk[]): Rolldown.OutputBundle {
  return Object.fromEntries(chunks.map((output) => [output.fileName, output])) as Rolldown.OutputBundle;
}

describe('measureBundle', () => {
  it('counts the entry with its static imports, and the largest route chunk without what the entry loads', () => {
    const vendor = chunk('vendor.js', 30_000);
    const shared = chunk('shared.js', 5_000);
    const entry = chunk('index.js', 10_000, { isEntry: true, imports: ['vendor.js'] });
    const smallRoute = chunk('home.js', 2_000, {
      isDynamicEntry: true,
      facadeModuleId: '/src/routes/index.tsx?tsr-split=component',
      imports: ['vendor.js'],
    });
    const bigRoute = chunk('calls.js', 8_000, {
      isDynamicEntry: true,
      facadeModuleId: '/src/routes/calls.tsx?tsr-split=component',
      imports: ['vendor.js', 'shared.js'],
    });
    const lazyLibrary = chunk('sonner.js', 50_000, { isDynamicEntry: true, facadeModuleId: '/node_modules/sonner.js' });
    const bundle = bundleOf(vendor, shared, entry, smallRoute, bigRoute, lazyLibrary);

    expect(measureBundle(bundle)).toEqual({
      initialJsGzipKb: gzipKb(entry, vendor),
      largestRouteChunkGzipKb: gzipKb(bigRoute, shared),
      largestRouteChunk: 'calls.js',
    });
  });
});

describe('bundleBudget', () => {
  const runPlugin = (budget: Parameters<typeof bundleBudget>[0], bundle: Rolldown.OutputBundle) => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const hook = bundleBudget(budget).generateBundle as (this: unknown, ...args: unknown[]) => void;
    try {
      hook.call(context, {}, bundle, false);
    } finally {
      vi.restoreAllMocks();
    }
    return printed;
  };
  const bundle = bundleOf(chunk('index.js', 3_000, { isEntry: true }));

  it('prints the sizes CI reads', () => {
    expect(runPlugin({ maxInitialKb: 120, maxRouteChunkKb: 40 }, bundle)).toEqual([
      `initial_js_gzip_kb=${gzipKb(bundle['index.js'] as Rolldown.OutputChunk)}`,
      'largest_route_chunk_gzip_kb=0',
    ]);
  });

  it('fails the build when the initial JS is over budget', () => {
    expect(() => runPlugin({ maxInitialKb: 1, maxRouteChunkKb: 40 }, bundle)).toThrow(
      /initial JS is [\d.]+ KB gzip, over its 1 KB budget/,
    );
  });
});
