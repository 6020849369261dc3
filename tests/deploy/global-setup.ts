/**
 * Finds nginx (installing Debian's as root, else failing with the command to run) and starts the
 * mock API once for the whole run; hands both to the tests (`inject('nginxBin')`,
 * `inject('mockUrl')`) and stops the mock at the end, also when the start itself failed.
 */
import type { TestProject } from 'vitest/node';
import { startMockApi, type Child } from '../server/processes';
import { ensureNginx } from './nginx';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const nginxBin = ensureNginx();
  const started: Child[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((child) => child.stop()));
  };
  try {
    const mock = await startMockApi();
    started.push(mock);
    project.provide('mockUrl', mock.url);
    project.provide('nginxBin', nginxBin);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
