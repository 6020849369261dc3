/**
 * A small panel in the corner of the app wherever the mock API answers (the dev server, or the
 * static demo's worker) to switch its mode, moderation and per-route faults. It speaks to the mock
 * over HTTP (`/__mocks/settings`), so a switch holds for the server's requests and the browser's
 * alike. Plain DOM, so it never mixes with the app's React tree; for developers, so in English.
 */
import { MOCK_MODES, ROUTE_IDS, type Fault, type MockSettings, type RouteId } from './store';

function updateSettings(patch: Partial<MockSettings>): Promise<Response> {
  return fetch('/__mocks/settings', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

const FAULTS: Record<string, Fault | null> = {
  none: null,
  '500': { status: 500 },
  '429 (30 s)': { status: 429, retryAfterSeconds: 30 },
  'drop connection': { drop: true },
  'not JSON': { badBody: 'not-json' },
  'breaks schema': { badBody: 'schema' },
  'slow (3 s)': { delayMs: 3000 },
  'hang (never answer)': { hang: true },
  'trickle (4 bytes/s)': { trickle: true },
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

export async function mountMockPanel(): Promise<void> {
  const answer = await fetch('/__mocks/settings');
  // The switches answer only on the developer's own machine: elsewhere (a phone on the LAN), no panel.
  if (!answer.ok) return;
  const settings = (await answer.json()) as MockSettings;
  const panel = document.createElement('details');
  panel.lang = 'en';
  panel.dir = 'ltr';
  panel.setAttribute('data-mock-panel', '');
  panel.style.cssText =
    'position:fixed;inset-inline-start:8px;inset-block-end:8px;z-index:9999;font:12px system-ui,sans-serif;background:#fff;color:#111;border:1px solid #999;border-radius:6px;padding:4px 8px;max-width:260px;box-shadow:0 2px 8px #0003';
  const summary = document.createElement('summary');
  summary.textContent = `Mock API: ${settings.mode}`;
  summary.style.cursor = 'pointer';
  panel.append(summary);

  const route = { current: ROUTE_IDS[0] as RouteId };
  panel.append(
    select('Mode', [...MOCK_MODES], settings.mode, (mode) => {
      void updateSettings({ mode: mode as MockSettings['mode'] });
      summary.textContent = `Mock API: ${mode}`;
    }),
    select('Moderation', ['off', 'on'], settings.moderation ? 'on' : 'off', (value) => {
      void updateSettings({ moderation: value === 'on' });
    }),
    select('Breaking', ['on', 'off'], settings.breaking ? 'on' : 'off', (value) => {
      void updateSettings({ breaking: value === 'on' });
    }),
    select('Route', [...ROUTE_IDS], route.current, (value) => (route.current = value as RouteId)),
    select('Fault', Object.keys(FAULTS), 'none', (value) => {
      // null, not undefined: JSON keeps it, and the mock clears the route's fault.
      void updateSettings({ faults: { [route.current]: FAULTS[value] ?? null } });
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
    void fetch('/__mocks/reset', { method: 'POST' }).then(() => location.reload());
  });
  actions.append(reload, reset);
  panel.append(actions);
  document.body.append(panel);
}
