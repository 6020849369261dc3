/** Build-time configuration, read once. */
export const config = {
  siteName: import.meta.env.VITE_SITE_NAME || 'زاكروس عربية',
  weatherCity: import.meta.env.VITE_WEATHER_CITY || 'erbil',
} as const;
