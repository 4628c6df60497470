import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built by `npm run build:console` into console/dist/, which the gateway serves at / (gateway/console-route.ts).
// Hashed file names under assets/ let the gateway cache them for a year; index.html is never cached.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npx vite console` during development: the API comes from `npm start` on port 4000.
    proxy: { '/graphql': 'http://localhost:4000', '/exports': 'http://localhost:4000', '/console/dev-identities': 'http://localhost:4000', '/calendar': 'http://localhost:4000' },
  },
});
