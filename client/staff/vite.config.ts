import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * Builds the staff console into dist/client/staff/ (index.html + hashed assets), served by the
 * server at /staff/ and for first-start setup links at /setup/<token>.
 *   npx vite build --config client/staff/vite.config.ts
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

export default defineConfig({
  root: here,
  base: '/staff/',
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir: resolve(root, 'dist/client/staff'),
    emptyOutDir: true,
    target: 'es2020',
    // No inline scripts or styles: the server's CSP allows our own files only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
});
