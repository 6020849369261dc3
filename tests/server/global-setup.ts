/**
 * Starts the mock API and the built server once for the whole run, hands their addresses to the
 * tests (`inject('serverUrl')`, `inject('mockUrl')`) and stops both at the end, also when a test
 * or the start itself failed.
 */
import type { TestProject } from 'vitest/node';
import { API_TIMEOUT_MS, OUT_DIR, startMockApi, startServer, type Child } from './processes';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: Child[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((child) => child.stop()));
  };
  try {
    const mock = await startMockApi();
    started.push(mock);
    // Every request renders: the tests change the API between requests and look at what a render
    // makes of it. tests/server/render-cache.test.ts runs a server with the render cache as shipped.
    const server = await startServer(mock.url, {
      API_TIMEOUT_MS: String(API_TIMEOUT_MS),
      RENDER_CACHE_MS: '0',
    });
    started.push(server);
    project.provide('serverUrl', server.url);
    project.provide('mockUrl', mock.url);
    project.provide('outDir', OUT_DIR);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
