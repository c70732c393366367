import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget';

export default defineConfig({
  plugins: [
    // Must come before the React plugin: it generates src/routeTree.gen.ts and splits each route into lazily-loaded
    // chunks. Loaders go with their component (one request per page, and their queries stay out of the initial
    // bundle, which only keeps each route's path, search validation and beforeLoad).
    tanstackRouter({
      target: 'react',
      routesDirectory: 'src/routes',
      autoCodeSplitting: true,
      codeSplittingOptions: {
        defaultBehavior: [['loader', 'component'], ['pendingComponent'], ['errorComponent'], ['notFoundComponent']],
      },
      quoteStyle: 'single',
    }),
    react(),
    tailwindcss(),
    bundleBudget({ maxInitialKb: 120, maxRouteChunkKb: 40 }),
  ],
  server: {
    proxy: { '/api': process.env.SWITCHBOARD_BFF_URL ?? 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    // Every browser the console supports has <link rel=modulepreload>: no polyfill in the entry chunk.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack[\\/](react-router|router-core|history|store|react-store))[\\/]/,
            },
          ],
        },
      },
    },
  },
});
