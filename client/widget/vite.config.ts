import { cpSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';

/**
 * Builds the patient widget into dist/client/widget/:
 *   widget.js              the one script a hospital embeds (a classic script, so an IIFE)
 *   frame.html + assets/   the chat frame it opens (Preact + socket.io client, one chunk per language)
 * and copies the /demo host page and the landing page to dist/client/demo/.
 *   npx vite build --config client/widget/vite.config.ts
 */

// This config only builds for production. Another NODE_ENV (jest sets "test") would make Preact's preset
// compile JSX for development and add its devtools: 7 KB more, and console output on patients' pages.
process.env.NODE_ENV = 'production';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = resolve(root, 'dist/client/widget');

/** The loader must run as a classic script on any page, so it is built on its own as an IIFE. */
function loaderAndDemo(): Plugin {
  return {
    name: 'plaincare-loader-and-demo',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2020',
          minify: true,
          copyPublicDir: false,
          lib: {
            entry: resolve(here, 'loader/widget.ts'),
            formats: ['iife'],
            name: 'PlainCareLoader',
            fileName: () => 'widget.js',
          },
        },
      });
      cpSync(resolve(root, 'client/demo'), resolve(root, 'dist/client/demo'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: here,
  base: '/widget/',
  publicDir: false,
  plugins: [preact(), loaderAndDemo()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
    // No inline polyfill script: the frame's CSP allows scripts from our origin only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { frame: resolve(here, 'frame.html') },
      output: {
        // One small chunk of strings per language, named for it: strings-es-<hash>.js.
        chunkFileNames: (chunk) => {
          const lang = /locales[\\/]([a-z]{2})[\\/]widget\.json/.exec(chunk.facadeModuleId ?? '')?.[1];
          return lang ? `assets/strings-${lang}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
