import { useEffect } from 'react';
import { config } from '@/api/config';

/** Sets `document.title` exactly (an article's tab shows its title alone). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** «<page> – <site>» for pages that are not an article. */
export function pageTitle(page: string): string {
  return `${page} – ${config.siteName}`;
}
