import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../../server/paths.js';

/**
 * The console's browser tests run against the built console, as `npm start` serves it:
 * dist/client/staff, (re)built here when it is missing or older than its sources.
 */
const OUTPUT = projectPath('dist', 'client', 'staff', 'index.html');
const INPUTS = [projectPath('client', 'staff'), projectPath('client', 'shared'), projectPath('locales')];
const LOCK = projectPath('dist', '.staff-build.lock');
const LOCK_STALE_MS = 120_000;

function newest(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory()
    ? readdirSync(path).reduce((n, name) => Math.max(n, newest(join(path, name))), stat.mtimeMs)
    : stat.mtimeMs;
}

function current(): boolean {
  try {
    const built = statSync(OUTPUT).mtimeMs;
    return INPUTS.every((input) => newest(input) <= built);
  } catch {
    return false;
  }
}

export async function ensureConsoleBuilt(): Promise<void> {
  mkdirSync(projectPath('dist'), { recursive: true });
  const deadline = Date.now() + LOCK_STALE_MS;
  while (!current()) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() > deadline)
        throw new Error('the console build lock was held too long (dist/.staff-build.lock)');
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!current()) {
        execFileSync(
          process.execPath,
          [
            projectPath('node_modules', 'vite', 'bin', 'vite.js'),
            'build',
            '--config',
            'client/staff/vite.config.ts',
            '--logLevel',
            'error',
          ],
          { cwd: projectPath(), env: { ...process.env, NODE_ENV: 'production' }, stdio: 'pipe' },
        );
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
