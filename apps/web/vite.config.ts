import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget';

export default defineConfig({
  plugins: [
    // Must come before the React plugin: it generates src/routeTree.gen.ts and splits each route's components into
    // lazily-loaded chunks.
    tanstackRouter({ target: 'react', routesDirectory: 'src/routes', autoCodeSplitting: true, quoteStyle: 'single' }),
    react(),
    tailwindcss(),
    bundleBudget({ maxInitialKb: 120, maxRouteChunkKb: 40 }),
  ],
  server: {
    proxy: { '/api': process.env.SWITCHBOARD_BFF_URL ?? 'http://localhost:3000' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
