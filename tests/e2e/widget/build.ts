import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../../server/paths.js';

/**
 * The widget's browser tests and benchmarks run against the built widget, as `npm start` serves it:
 * dist/client/widget, (re)built here when it is missing or older than its sources.
 */

const WIDGET_DIST = projectPath('dist', 'client', 'widget');
const BUILD_OUTPUTS = [
  join(WIDGET_DIST, 'widget.js'),
  join(WIDGET_DIST, 'frame.html'),
  projectPath('dist', 'client', 'demo', 'index.html'),
];
const BUILD_INPUTS = [
  projectPath('client', 'widget'),
  projectPath('client', 'demo'),
  projectPath('client', 'shared'),
  projectPath('locales'),
];
const LOCK = projectPath('dist', '.widget-build.lock');
const LOCK_STALE_MS = 120_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function buildIsCurrent(): boolean {
  try {
    const built = Math.min(...BUILD_OUTPUTS.map((file) => statSync(file).mtimeMs));
    return BUILD_INPUTS.every((input) => newestMtime(input) <= built);
  } catch {
    return false;
  }
}

function takeLock(): boolean {
  try {
    mkdirSync(LOCK, { recursive: false });
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // another test file removed it meanwhile
    }
    return false;
  }
}

/** Builds the widget unless the build is current; once, even when several test files start together. */
export async function ensureWidgetBuilt(): Promise<void> {
  mkdirSync(projectPath('dist'), { recursive: true });
  const deadline = Date.now() + LOCK_STALE_MS;
  while (!buildIsCurrent()) {
    if (takeLock()) {
      try {
        if (!buildIsCurrent()) {
          execFileSync(
            process.execPath,
            [
              projectPath('node_modules', 'vite', 'bin', 'vite.js'),
              'build',
              '--config',
              'client/widget/vite.config.ts',
              '--logLevel',
              'error',
            ],
            {
              cwd: projectPath(),
              env: { ...process.env, NODE_ENV: 'production' },
              stdio: 'pipe',
            },
          );
        }
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    if (Date.now() > deadline)
      throw new Error('the widget build lock was held too long (dist/.widget-build.lock)');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
