/**
 * A small panel in the corner of the dev app (mocks on) to switch the mock API's mode,
 * moderation and per-route faults without touching the address bar. Plain DOM, so it never
 * mixes with the app's React tree; for developers, so in English. The store keeps the choices
 * for the tab (see browser.ts).
 */
import { MOCK_MODES, ROUTE_IDS, store, type Fault, type MockMode, type RouteId } from './store';

const FAULTS: Record<string, Fault | null> = {
  none: null,
  '500': { status: 500 },
  '429 (30 s)': { status: 429, retryAfterSeconds: 30 },
  'drop connection': { drop: true },
  'not JSON': { badBody: 'not-json' },
  'breaks schema': { badBody: 'schema' },
  'slow (3 s)': { delayMs: 3000 },
};

function select(
  label: string,
  options: string[],
  value: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.style.cssText = 'display:flex;justify-content:space-between;gap:8px;margin-block:4px';
  wrapper.append(label);
  const element = document.createElement('select');
  for (const option of options) element.add(new Option(option, option, false, option === value));
  element.addEventListener('change', () => onChange(element.value));
  wrapper.append(element);
  return wrapper;
}

export function mountMockPanel(): void {
  const panel = document.createElement('details');
  panel.lang = 'en';
  panel.dir = 'ltr';
  panel.setAttribute('data-mock-panel', '');
  panel.style.cssText =
    'position:fixed;inset-inline-start:8px;inset-block-end:8px;z-index:9999;font:12px system-ui,sans-serif;background:#fff;color:#111;border:1px solid #999;border-radius:6px;padding:4px 8px;max-width:260px;box-shadow:0 2px 8px #0003';
  const summary = document.createElement('summary');
  summary.textContent = `Mock API: ${store.settings.mode}`;
  summary.style.cursor = 'pointer';
  panel.append(summary);

  const route = { current: ROUTE_IDS[0] as RouteId };
  panel.append(
    select('Mode', [...MOCK_MODES], store.settings.mode, (mode) => {
      store.updateSettings({ mode: mode as MockMode });
      summary.textContent = `Mock API: ${mode}`;
    }),
    select('Moderation', ['off', 'on'], store.settings.moderation ? 'on' : 'off', (value) => {
      store.updateSettings({ moderation: value === 'on' });
    }),
    select('Route', [...ROUTE_IDS], route.current, (value) => (route.current = value as RouteId)),
    select('Fault', Object.keys(FAULTS), 'none', (value) => {
      store.updateSettings({ faults: { [route.current]: FAULTS[value] ?? undefined } });
    }),
  );
  const actions = document.createElement('div');
  actions.style.cssText = 'display:flex;gap:6px;margin-block:6px 2px';
  const reload = Object.assign(document.createElement('button'), {
    type: 'button',
    textContent: 'Reload page',
  });
  reload.addEventListener('click', () => location.reload());
  const reset = Object.assign(document.createElement('button'), {
    type: 'button',
    textContent: 'Reset data',
  });
  reset.addEventListener('click', () => {
    store.reset();
    location.reload();
  });
  actions.append(reload, reset);
  panel.append(actions);
  document.body.append(panel);
}
