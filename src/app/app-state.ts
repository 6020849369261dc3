/**
 * What the server hands the browser beside its HTML: the router's hydration data, the query
 * cache it filled and the moment it rendered. A JSON data block (`type="application/json"`), not a
 * script: nothing inline runs, so the Content-Security-Policy allows scripts from the site alone.
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import { jsonForScript } from './head';

export type AppState = {
  router: HydrationState;
  queries: DehydratedState;
  renderedAt: string;
};

export const APP_STATE_ELEMENT_ID = 'app-state';

export function appStateScript(state: AppState): string {
  return `<script type="application/json" id="${APP_STATE_ELEMENT_ID}">${jsonForScript(state)}</script>`;
}

/** The server's state, or null on a page no server rendered (the static demo). */
export function readAppState(): AppState | null {
  const text = document.getElementById(APP_STATE_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as AppState) : null;
}
