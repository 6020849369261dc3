/**
 * The query client kept on this device, in IndexedDB (idb-keyval): the lists and articles read, and
 * the comment posts waiting for the connection. Restored when the site opens again (a week at
 * most, and never across builds: the buster is the app chunk's own hashed address), so an
 * installed app shows what was last read at once and a queued comment goes out from whichever
 * page opens first, then kept in step as the cache changes. Loaded after the first paint, apart
 * from the first screen's code.
 */
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { defaultShouldDehydrateQuery, type QueryClient } from '@tanstack/react-query';
import { persistQueryClient, persistQueryClientSave } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';
import { commentKeys } from '@/features/comments/api/keys';
import { registerCommentMutations, requeueWaitingDrafts } from '@/features/comments/api/post-comment';

const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Starts keeping `queryClient`; resolves once what was kept is back and the waiting posts resumed. */
export async function startPersistence(queryClient: QueryClient, buster: string): Promise<void> {
  // A restored post runs with the mutation's defaults: its function and updates are not stored.
  registerCommentMutations(queryClient);
  const store = createStore('zagros-reader', 'query-cache');
  const persister = createAsyncStoragePersister({
    key: 'query-client',
    throttleTime: 1000,
    storage: {
      getItem: async (key) => (await get<string>(key, store)) ?? null,
      setItem: (key, value: string) => set(key, value, store),
      removeItem: (key) => del(key, store),
    },
  });
  const dehydrateOptions = {
    // Not the comment lists: they are live (the API says no-cache), and a list kept a moment before
    // a reload can hold a comment still on its way; the queued posts themselves are kept below.
    shouldDehydrateQuery: (query: Parameters<typeof defaultShouldDehydrateQuery>[0]) =>
      defaultShouldDehydrateQuery(query) && query.queryKey[0] !== commentKeys.all[0],
    // Posts that have not settled: queued offline, waiting for a retry, or on their way when the
    // tab closed (the same key makes the second try safe).
    shouldDehydrateMutation: (mutation: { state: { status: string } }) => mutation.state.status === 'pending',
  };
  const [, restored] = persistQueryClient({
    queryClient,
    persister,
    maxAge: PERSIST_MAX_AGE_MS,
    buster,
    dehydrateOptions,
  });
  await restored;
  await persistQueryClientSave({ queryClient, persister, buster, dehydrateOptions });
  // Posts restored from storage go now if the connection is there (or when it returns); drafts
  // queued on this device that no stored post holds are queued again.
  void queryClient.resumePausedMutations();
  // A post that was on its way when the page closed comes back pending but not paused, which
  // resumePausedMutations leaves alone: it goes again too, under its key (so at most once).
  for (const mutation of queryClient.getMutationCache().getAll()) {
    if (mutation.state.status === 'pending' && !mutation.state.isPaused)
      void mutation.continue().catch(() => undefined);
  }
  requeueWaitingDrafts(queryClient);
  // Said on <html>, as data-app-ready is: for tests that must wait for the restored queue.
  document.documentElement.dataset.queueRestored = '';
}
