#!/usr/bin/env node
// The installed `plaincare` command. `npm install` / `npm ci` build dist/ through the `prepare` script.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/server/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'plaincare: the build is missing; run `npm run build` in the PlainCare folder first\n',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
