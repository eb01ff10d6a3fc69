/** The evidence feature's public face: the panel other pages compose (the contract drill-down). */
export { EvidenceItem, type EvidenceItemProps } from './components/evidence-item';
