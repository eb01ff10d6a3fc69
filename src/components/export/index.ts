export { ExportButtons, type ExportButtonsProps } from './export-buttons';
