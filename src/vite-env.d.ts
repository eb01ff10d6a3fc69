/// <reference types="vite/client" />

interface ViteTypeOptions {
  // Only the variables declared below exist: a typo in an env name is a type error, not `any`.
  strictImportMetaEnv: unknown;
}

interface ImportMetaEnv {
  /** Base URL of a real or standalone demo API, ending in `/api/v1`. Unset: the in-browser mock. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
