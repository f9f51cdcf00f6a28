import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { leaderPathGroups, preloadEveryScreensCode } from './scripts/leader-path-chunks.mjs';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Chunk groups. React, the router, react-query and i18next are needed by every page and change
 * rarely, so each gets its own long-lived chunk. React's core is apart from react-dom: the start-up
 * requests (app/routes/initial-data.ts) need react-query, which needs only the core (4 KB), so they
 * leave before the renderer's 57 KB has arrived. The rest of the way in (the app, the sign-in page,
 * the signed-in layout, the leader's dashboard) is grouped by the step that needs it
 * (scripts/leader-path-chunks.mjs): a few files instead of the 76 small ones Rolldown's automatic
 * splitting made for the dashboard, each a round trip on a slow HTTP/1.1 line. antd's components
 * that only other screens use are left to the automatic splitting, so the sign-in page does not pay
 * for Table or Menu. Measured with apps/web/scripts/check-bundle.mjs and bench/web-dashboard.mjs.
 */
const chunkGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/]react[\\/]/, priority: 30 },
  { name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 30 },
  { name: 'router', test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/, priority: 20 },
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 20 },
  { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/, priority: 20 },
  // The start-up requests and the modules they import (paths, the API client, the query keys…) in
  // one file instead of nine, all needed before the first request leaves. main.tsx stays out: its
  // top-level await of the app, in a chunk the app imports from, would never finish.
  { name: 'start', test: /[\\/]apps[\\/]web[\\/]src[\\/]app[\\/]routes[\\/]initial-data\.ts$/, priority: 10 },
  ...leaderPathGroups(projectRoot),
];

export default defineConfig({
  root: projectRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/web`,
  plugins: [
    react(),
    preloadEveryScreensCode(projectRoot),
    // Brotli and gzip copies beside each file, written once at build time; the API sends the one the
    // browser accepts (apps/api/src/web-app). Source maps are never served, so never compressed.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|mjs|css|html|svg|json|txt)$/,
      threshold: 1024,
    }),
  ],
  resolve: {
    alias: [
      { find: /^@giao-ban\/shared$/, replacement: `${workspaceRoot}libs/shared/src/index.ts` },
      { find: /^@\//, replacement: `${projectRoot}src/` },
    ],
  },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
    fs: { allow: [workspaceRoot] },
  },
  preview: {
    port: 4300,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    manifest: true,
    // Written for whoever reads a production stack trace on the server, never linked from the files or served.
    sourcemap: 'hidden',
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: chunkGroups,
        },
      },
    },
  },
});
