// Draws the mock data's sample pictures, once, and writes them as WebP at three widths into
// public/images/samples/. Run by hand (`node scripts/make-sample-images.mjs`); the files are
// committed, so neither the build nor the app downloads or draws anything. Each picture is a
// simple drawn scene (sky, hills, a sun, a few shapes): small files that still look like photos'
// places on the page. The encoder is the installed Chromium's own (canvas.toBlob to WebP).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const OUT = 'public/images/samples';
const WIDTHS = [400, 800, 1200];
const RATIO = 9 / 16;

/** One scene per picture: its colours and what stands in it. */
const SCENES = [
  {
    name: 'book-fair',
    sky: ['#f6d8a8', '#e9a66b'],
    hills: ['#8a5a44', '#6b3f2e'],
    sun: '#fff3d6',
    shape: 'books',
  },
  {
    name: 'market',
    sky: ['#cfe3f0', '#8fb7d3'],
    hills: ['#4f6d5a', '#2f4a3a'],
    sun: '#ffffff',
    shape: 'coins',
  },
  {
    name: 'stadium',
    sky: ['#1d2b4f', '#3b5b8c'],
    hills: ['#2f7d3b', '#1f5a2a'],
    sun: '#f4f1c9',
    shape: 'lights',
  },
  { name: 'dam', sky: ['#b9d7e8', '#6fa3c4'], hills: ['#6d7f5b', '#4b5a3e'], sun: '#fffbe6', shape: 'water' },
  {
    name: 'port',
    sky: ['#f2c6a0', '#d9825b'],
    hills: ['#3c5a73', '#233a4d'],
    sun: '#ffe9c4',
    shape: 'cranes',
  },
  {
    name: 'festival',
    sky: ['#2b1d3f', '#6a3b6e'],
    hills: ['#3a2a4a', '#1e1428'],
    sun: '#f7d774',
    shape: 'screen',
  },
  {
    name: 'tourism',
    sky: ['#d7ecf7', '#9cc9e4'],
    hills: ['#6c8f6b', '#40603f'],
    sun: '#ffffff',
    shape: 'mountains',
  },
  {
    name: 'citadel',
    sky: ['#f3dfb8', '#d8ae6f'],
    hills: ['#9b7a52', '#6f5436'],
    sun: '#fff6e0',
    shape: 'walls',
  },
  {
    name: 'harvest',
    sky: ['#f8e7b5', '#e8c66a'],
    hills: ['#c89b3c', '#9c7326'],
    sun: '#fffbe8',
    shape: 'wheat',
  },
  {
    name: 'library',
    sky: ['#e6e0d4', '#bfb39c'],
    hills: ['#7a6a55', '#4f4435'],
    sun: '#fffaf0',
    shape: 'books',
  },
];

function draw(scene) {
  /* global document */
  const W = 1200;
  const H = Math.round(W * (9 / 16));
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const c = canvas.getContext('2d');
  const sky = c.createLinearGradient(0, 0, 0, H);
  sky.addColorStop(0, scene.sky[0]);
  sky.addColorStop(1, scene.sky[1]);
  c.fillStyle = sky;
  c.fillRect(0, 0, W, H);
  c.fillStyle = scene.sun;
  c.globalAlpha = 0.9;
  c.beginPath();
  c.arc(W * 0.72, H * 0.3, H * 0.11, 0, Math.PI * 2);
  c.fill();
  c.globalAlpha = 1;
  const hill = (color, base, amp, phase) => {
    c.fillStyle = color;
    c.beginPath();
    c.moveTo(0, H);
    for (let x = 0; x <= W; x += 20) c.lineTo(x, base + Math.sin(x / 170 + phase) * amp);
    c.lineTo(W, H);
    c.closePath();
    c.fill();
  };
  if (scene.shape === 'mountains') {
    c.fillStyle = '#8aa0b0';
    c.beginPath();
    c.moveTo(0, H * 0.7);
    c.lineTo(W * 0.25, H * 0.25);
    c.lineTo(W * 0.45, H * 0.6);
    c.lineTo(W * 0.65, H * 0.2);
    c.lineTo(W, H * 0.7);
    c.fill();
  }
  hill(scene.hills[0], H * 0.68, H * 0.05, 0.5);
  hill(scene.hills[1], H * 0.8, H * 0.04, 2);
  c.fillStyle = 'rgba(255,255,255,0.85)';
  if (scene.shape === 'books') {
    const colors = ['#b3261e', '#0f3d5e', '#e0b04a', '#2f6f4f', '#6b3f8a'];
    for (let i = 0; i < 14; i++) {
      c.fillStyle = colors[i % colors.length];
      const h = H * (0.22 + ((i * 37) % 10) / 100);
      c.fillRect(W * 0.15 + i * 44, H * 0.78 - h, 38, h);
    }
  } else if (scene.shape === 'coins') {
    for (let i = 0; i < 9; i++) {
      c.fillStyle = i % 2 ? '#e0b04a' : '#c9952f';
      c.beginPath();
      c.ellipse(W * 0.2 + i * 80, H * 0.72 - (i % 3) * 30, 34, 34, 0, 0, Math.PI * 2);
      c.fill();
    }
  } else if (scene.shape === 'lights') {
    for (let i = 0; i < 2; i++) {
      c.fillRect(W * (0.15 + i * 0.65), H * 0.2, 14, H * 0.55);
      c.fillStyle = '#fff8c4';
      c.fillRect(W * (0.15 + i * 0.65) - 40, H * 0.16, 94, 34);
      c.fillStyle = 'rgba(255,255,255,0.85)';
    }
    c.fillStyle = '#ffffff';
    c.beginPath();
    c.arc(W * 0.5, H * 0.85, 22, 0, Math.PI * 2);
    c.fill();
  } else if (scene.shape === 'water') {
    c.fillStyle = '#5a8fb3';
    c.fillRect(0, H * 0.78, W, H * 0.22);
    c.fillStyle = '#d8d2c4';
    c.fillRect(W * 0.1, H * 0.55, W * 0.8, H * 0.1);
  } else if (scene.shape === 'cranes') {
    c.fillStyle = '#e0b04a';
    for (let i = 0; i < 3; i++) {
      const x = W * (0.2 + i * 0.25);
      c.fillRect(x, H * 0.25, 16, H * 0.5);
      c.fillRect(x - 60, H * 0.25, 200, 14);
    }
    c.fillStyle = '#b3261e';
    c.fillRect(W * 0.15, H * 0.7, W * 0.7, H * 0.08);
  } else if (scene.shape === 'screen') {
    c.fillStyle = '#f5f1e6';
    c.fillRect(W * 0.25, H * 0.2, W * 0.5, H * 0.38);
    c.fillStyle = '#b3261e';
    for (let i = 0; i < 12; i++) c.fillRect(W * 0.2 + i * 62, H * 0.8, 40, 40);
  } else if (scene.shape === 'walls') {
    c.fillStyle = '#c9a36a';
    c.fillRect(W * 0.2, H * 0.4, W * 0.6, H * 0.35);
    for (let i = 0; i < 10; i++) c.fillRect(W * 0.2 + i * (W * 0.06), H * 0.35, W * 0.035, H * 0.06);
  } else if (scene.shape === 'wheat') {
    c.strokeStyle = '#7a5a1a';
    c.lineWidth = 5;
    for (let i = 0; i < 40; i++) {
      const x = 30 + i * 29;
      c.beginPath();
      c.moveTo(x, H);
      c.lineTo(x + 10, H * 0.62);
      c.stroke();
    }
  }
  return canvas;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  for (const scene of SCENES) {
    for (const width of WIDTHS) {
      const base64 = await page.evaluate(
        async ({ scene, width, ratio, drawSource }) => {
          const drawScene = new Function(`return (${drawSource})`)();
          const full = drawScene(scene);
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = Math.round(width * ratio);
          canvas.getContext('2d').drawImage(full, 0, 0, canvas.width, canvas.height);
          const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/webp', 0.6));
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          return btoa(binary);
        },
        { scene, width, ratio: RATIO, drawSource: draw.toString() },
      );
      const file = `${OUT}/${scene.name}-${width}.webp`;
      writeFileSync(file, Buffer.from(base64, 'base64'));
      console.log(file, Buffer.from(base64, 'base64').length, 'bytes');
    }
  }
  await browser.close();
}

await main();
