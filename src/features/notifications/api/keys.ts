export const pushKeys = {
  all: ['push'] as const,
  publicKey: () => [...pushKeys.all, 'public-key'] as const,
  /** What this browser can do and has done: support, permission, subscription. */
  status: () => [...pushKeys.all, 'status'] as const,
};
