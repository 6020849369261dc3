/**
 * Reading what an address carries. A reader can be sent any address: a broken escape (`%`, `%E0`)
 * must not throw while a page renders, so it is read as it stands.
 */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
