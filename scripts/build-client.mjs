// Builds the patient widget and the staff console with vite, skipping a build whose output is newer
// than every source it comes from, so `npm start` after a build starts at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const clients = [
  {
    name: 'widget',
    config: 'client/widget/vite.config.ts',
    output: 'dist/client/widget/widget.js',
    sources: ['client/widget', 'client/demo', 'client/shared', 'locales'],
  },
  {
    name: 'staff console',
    config: 'client/staff/vite.config.ts',
    output: 'dist/client/staff/index.html',
    sources: ['client/staff', 'client/shared', 'locales'],
  },
];

function newestChange(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function upToDate(client) {
  const output = join(root, client.output);
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  const sources = [...client.sources, client.config, 'package-lock.json']
    .map((p) => join(root, p))
    .filter((p) => existsSync(p));
  return sources.every((source) => newestChange(source) <= built);
}

const force = process.argv.includes('--force');
for (const client of clients) {
  if (!force && upToDate(client)) {
    console.log(`${client.name}: up to date`);
    continue;
  }
  await build({ configFile: join(root, client.config), logLevel: 'warn' });
  console.log(`${client.name}: built`);
}
