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
  imports: '/imports',
  importTemplate: (name: ImportTemplateName) => `/imports/templates/${name}`,
  openapi: '/openapi.json',
  demoReset: '/demo/reset',
} as const;

/** The demo's stand-in for sign-in: which demo user the request acts as. */
export const DEMO_USER_HEADER = 'X-Demo-User';

/** The register template, as one workbook or one CSV per sheet. */
export const IMPORT_TEMPLATE_NAMES = [
  'register-template.xlsx',
  'contracts-template.csv',
  'commitments-template.csv',
] as const;
export type ImportTemplateName = (typeof IMPORT_TEMPLATE_NAMES)[number];
