/**
 * A part of the app whose code fails to load. After a deploy, the hashed files of the version the
 * page came with are gone: then the page reloads, once, onto the new version. On a flaky network
 * the file is still there: then nothing reloads, and the part's own boundary offers a retry.
 */
const RELOADED_KEY = 'app:reloaded-for-missing-file';

const checks = new Map<string, Promise<boolean>>();

/** The address of the file that failed, from the browser's (or Vite's) error message. */
export function failedFileUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /https?:\/\/\S+?\.(?:js|css)\b/.exec(message)?.[0] ?? null;
}

/**
 * Reloads the page when the file that failed is gone from the server (404/410) and the page has
 * not already reloaded for that same file, so a loop is impossible. Resolves to whether it reloads.
 */
export function reloadIfFileGone(error: unknown): Promise<boolean> {
  const url = failedFileUrl(error);
  if (url === null) return Promise.resolve(false);
  let check = checks.get(url);
  if (!check) {
    check = isGone(url).then((gone) => {
      if (!gone || readReloaded() === url) return false;
      writeReloaded(url);
      location.reload();
      return true;
    });
    checks.set(url, check);
    // A second failure of the same file, later, is checked again.
    void check.then(() => checks.delete(url));
  }
  return check;
}

async function isGone(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return response.status === 404 || response.status === 410;
  } catch {
    // No answer: the network, not the deploy.
    return false;
  }
}

function readReloaded(): string | null {
  try {
    return sessionStorage.getItem(RELOADED_KEY);
  } catch {
    return null;
  }
}

function writeReloaded(url: string): void {
  try {
    sessionStorage.setItem(RELOADED_KEY, url);
  } catch {
    // No storage: the reload still happens once here; a second would find the new version.
  }
}
