/**
 * The page's side of the site's service worker (`sw/sw.ts`, served as `/sw.js`): it registers it
 * once the page has settled, asks it to save the pages the reader opens (for reading offline),
 * and tells the page when a new version waits, which takes over only when the reader says so.
 *
 * Readers who save data (Save-Data, a 2G or cellular connection) get nothing fetched that they did
 * not ask for: no extra copy of the page they opened, no code ahead of use.
 */

export const SERVICE_WORKER_URL = '/sw.js';

type NetworkInformation = { saveData?: boolean; effectiveType?: string; type?: string };

/** Save-Data, or a connection the browser calls slow or cellular (metered, most often). */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (!connection) return false;
  return (
    connection.saveData === true ||
    connection.type === 'cellular' ||
    connection.effectiveType === 'slow-2g' ||
    connection.effectiveType === '2g'
  );
}

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** A new version installed and waiting, if any (for useSyncExternalStore). */
export function waitingWorker(): ServiceWorker | null {
  return waiting;
}

export function onWaitingWorkerChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader said «تحديث»: the waiting version takes over and this tab reloads onto it. */
export function activateWaitingWorker(): void {
  const worker = waiting;
  if (!worker || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

function watchForWaiting(registration: ServiceWorkerRegistration) {
  // A first version takes over at once; only a version after it waits, under a controlled page.
  const announce = () => {
    if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  };
  announce();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') announce();
    });
  });
}

/** Asks the worker to save the page at `path` (the one the reader is on) for reading offline. */
export function savePageForOffline(path: string): void {
  if (!('serviceWorker' in navigator) || savesData()) return;
  navigator.serviceWorker.controller?.postMessage({ type: 'SAVE_PAGE', url: path });
}

/** How long an offline page waits for the worker to say whether it has the later code. */
const LATER_CODE_ANSWER_MS = 1000;

/**
 * Whether the worker controlling this page keeps the code of every part that loads later, so
 * those parts can load without the network. False without a worker, or one that does not answer
 * (the development server's and the static demo's keep no code).
 */
export function laterCodeKept(): Promise<boolean> {
  const worker = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), LATER_CODE_ANSWER_MS);
    channel.port1.onmessage = (event: MessageEvent) => {
      clearTimeout(timer);
      resolve(event.data === true);
    };
    worker.postMessage({ type: 'HAS_LATER_CODE' }, [channel.port2]);
  });
}

/**
 * Registers the worker after the page's load (it precaches the first screen's code, the offline
 * page and the icons: never in the way of the page itself). The page the browser fetched before
 * the worker controlled it is saved once the worker takes over.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const controlledAtStart = Boolean(navigator.serviceWorker.controller);
  const start = async () => {
    const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
    watchForWaiting(registration);
    const whenControlled = () => {
      if (!controlledAtStart) savePageForOffline(window.location.pathname + window.location.search);
      if (!savesData()) navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_LATER_CODE' });
    };
    if (navigator.serviceWorker.controller) whenControlled();
    else navigator.serviceWorker.addEventListener('controllerchange', whenControlled, { once: true });
  };
  const later = () => void start().catch(() => undefined);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
