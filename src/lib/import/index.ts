/** The contract register importer: read files, check every row, plan the changes. Pure apart from reading files. */
export * from './fields';
export * from './plan';
export * from './read';
export * from './template';
export * from './validate';
export * from './access';
