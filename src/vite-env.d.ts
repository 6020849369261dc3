/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_ENABLE_MOCKS?: string;
  readonly VITE_SITE_NAME?: string;
  readonly VITE_WEATHER_CITY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
