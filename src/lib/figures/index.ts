/** Derived figures: one pure implementation shared by the mock API and the app. */
export * from './figures';
export * from './periods';
export * from './rag';
export * from './spread';
export * from './contract-status';
