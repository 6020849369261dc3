/** Build-time configuration, read once. */
export const config = {
  /** Unset means same origin: the app and the API share a host (or a proxy in front of both). */
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL || globalThis.location?.origin || '').replace(/\/$/, ''),
  siteName: import.meta.env.VITE_SITE_NAME || 'زاكروس عربية',
  weatherCity: import.meta.env.VITE_WEATHER_CITY || 'erbil',
} as const;
