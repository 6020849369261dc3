import '@testing-library/jest-dom/vitest';
import { onlineManager } from '@tanstack/react-query';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server, store } from '../mocks/node';

// Lazy screens are compiled on their first import in a test run: on a busy two-core machine
// that alone can pass findBy's default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, so no scrolling: the router's scroll restoration and the permalinks call it.
window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store.reset();
  localStorage.clear();
  sessionStorage.clear();
  // A stray console.error is a bug the test did not see: fail on it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // React Query keeps the last online or offline event for the whole file: a test that failed
  // while offline must not leave the next one's requests paused.
  onlineManager.setOnline(true);
});
afterAll(() => server.close());
