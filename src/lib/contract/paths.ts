/** Paths under the API base URL (which ends in `/api/v1`). */
export const apiPaths = {
  me: '/me',
  reference: '/reference',
  dashboard: '/dashboard',
  contracts: '/contracts',
  contract: (id: string) => `/contracts/${encodeURIComponent(id)}`,
  evidenceList: '/evidence',
  evidence: (id: string) => `/evidence/${encodeURIComponent(id)}`,
  evidenceFile: (id: string) => `/evidence/${encodeURIComponent(id)}/file`,
  evidenceDecisions: (id: string) => `/evidence/${encodeURIComponent(id)}/decisions`,
  audit: '/audit',
  openapi: '/openapi.json',
  demoReset: '/demo/reset',
} as const;

/** The demo's stand-in for sign-in: which demo user the request acts as. */
export const DEMO_USER_HEADER = 'X-Demo-User';
