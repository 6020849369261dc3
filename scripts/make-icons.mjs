/**
 * The app's icons, drawn from the SVGs beside this script by the same Chromium the tests use:
 * `node scripts/make-icons.mjs` writes public/icon-192.png, icon-512.png, icon-maskable-512.png
 * (full bleed, the mark inside the safe circle) and apple-touch-icon.png (180 px, square: iOS rounds
 * it). The PNGs are committed; nothing is drawn at build or run time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const icons = [
  { svg: 'icon.svg', out: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', out: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  for (const { svg, out, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = await readFile(new URL(`./icons/${svg}`, import.meta.url), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    await writeFile(
      new URL(`../public/${out}`, import.meta.url),
      await page.screenshot({ omitBackground: true }),
    );
    await page.close();
  }
} finally {
  await browser.close();
}
