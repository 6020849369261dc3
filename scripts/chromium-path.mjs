// Where an installed Chrome or Chromium lives: CHROMIUM_PATH first, then the usual places.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a locked-down machine (root, no GPU, closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Browser features to switch off while measuring a page. Headless Chromium (156 here) starts its
 * omnibox popup, a WebUI page, in a renderer of its own at launch: about 2 s of CPU that on a
 * two-core machine runs alongside the page under test and stretches its tasks at random.
 */
export const MEASUREMENT_FEATURES_OFF = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

/**
 * One `--disable-features` flag with `features` and those of any such flag in `defaults`: Chromium
 * reads only the last `--disable-features` on its command line, so a second one would drop the
 * launcher's own list.
 */
export function disableFeaturesFlag(defaults, features) {
  const prefix = '--disable-features=';
  const fromDefaults = defaults
    .filter((flag) => flag.startsWith(prefix))
    .flatMap((flag) => flag.slice(prefix.length).split(','));
  return prefix + [...new Set([...fromDefaults, ...features])].filter(Boolean).join(',');
}
