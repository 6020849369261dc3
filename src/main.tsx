import { startApp } from './app/start-app';
import { applyTextScale, readTextScaleIndex } from './lib/reader-preferences';
import './styles.css';

// Before the first paint, so a reader's larger text never jumps in (the built page's pre-app
// script did it already; the dev server has none).
applyTextScale(readTextScaleIndex());

/** Mocks are on in `npm run dev` unless VITE_ENABLE_MOCKS=false, off in builds unless =true. */
const mocksEnabled = import.meta.env.DEV
  ? import.meta.env.VITE_ENABLE_MOCKS !== 'false'
  : import.meta.env.VITE_ENABLE_MOCKS === 'true';

async function start() {
  if (mocksEnabled) {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  await startApp(container);
}

void start();
