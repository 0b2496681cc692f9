import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_REQUIRED = process.env.REQUIRE_BROWSER === '1';

/** The flags this workplace's Chromium needs (no sandbox as root, no calls home on a closed network). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium driven by playwright-core, or undefined when it is not installed (announced
 * loudly). With REQUIRE_BROWSER=1 (CI) a missing browser is an error instead.
 */
export async function launchBrowser(label: string): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (BROWSER_REQUIRED) throw new Error(`Chromium is required but not found at ${CHROMIUM_PATH}`);
    console.warn(
      `\n*** Chromium not found at ${CHROMIUM_PATH}: the browser tests of "${label}" are SKIPPED. ` +
        'Install it with `apt-get install -y chromium` or set REQUIRE_BROWSER=1 to make this a failure. ***\n',
    );
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
