/** The contracts feature's public face, for the app to compose (features do not import each other). */
export { ContractPage, type ContractPageProps } from './components/contract/contract-page';
export type { RenderEvidence } from './components/contract/render-evidence';
