// The browser tests need Chrome or Chromium. Find one, or install Debian's when this machine can,
// or say exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Browser tests use ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chrome or Chromium found: installing Debian's chromium…");
  execSync(
    'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-core',
    {
      stdio: 'inherit',
    },
  );
  if (findChromium()) process.exit(0);
}

console.error(`No Chrome or Chromium found for the browser tests. Install one, then run npm test again:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  or point CHROMIUM_PATH at an installed Chrome or Chromium.`);
process.exit(1);
