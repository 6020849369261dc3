import { useEffect } from 'react';

/** Sets `document.title` in the browser (the server writes `<title>` into the page it sends). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
