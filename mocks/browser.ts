/**
 * The in-browser mock API, for the static demo (`VITE_ENABLE_MOCKS=true npm run build`). Switches
 * come from the address bar and stay for the tab: `?mock=slow|fail|empty|normal`,
 * `?moderation=on|off`, `?breaking=on|off`, or the panel in the page's corner (dev-panel.ts). What guests post is
 * kept in localStorage, so it survives reloads like a real server would.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { MOCK_MODES, store, type MockMode, type StoreSnapshot } from './store';

const DATA_KEY = 'mock-api:data';
const SETTINGS_KEY = 'mock-api:settings';

function restore(): void {
  try {
    const saved = localStorage.getItem(DATA_KEY);
    if (saved) store.restore(JSON.parse(saved) as StoreSnapshot);
    const settings = sessionStorage.getItem(SETTINGS_KEY);
    if (settings) store.updateSettings(JSON.parse(settings));
  } catch {
    // A corrupt snapshot is dropped: the mock starts from its seed.
  }
  const params = new URLSearchParams(location.search);
  const mode = params.get('mock');
  if (mode && (MOCK_MODES as readonly string[]).includes(mode))
    store.updateSettings({ mode: mode as MockMode });
  const moderation = params.get('moderation');
  if (moderation) store.updateSettings({ moderation: moderation === 'on' });
  const breaking = params.get('breaking');
  if (breaking) store.updateSettings({ breaking: breaking === 'on' });
}

/**
 * The worker is the site's own service worker, `/sw.js`, which loads MSW's `mockServiceWorker.js`
 * into itself when asked with `?mocks=on`: a scope has one worker, and this way the mock API and
 * push notifications share it (see the README, "Notifications and the service worker").
 */
export const MOCK_SERVICE_WORKER_URL = '/sw.js?mocks=on';

export async function startMockWorker(serviceWorkerUrl = MOCK_SERVICE_WORKER_URL): Promise<void> {
  restore();
  store.subscribe(() => {
    localStorage.setItem(DATA_KEY, JSON.stringify(store.snapshot()));
    sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(store.settings));
  });
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: serviceWorkerUrl },
  });
  if (store.settings.mode !== 'normal' || store.settings.moderation) {
    console.info(`[mock api] mode=${store.settings.mode} moderation=${store.settings.moderation}`);
  }
}
