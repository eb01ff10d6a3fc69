/**
 * The API contract: every request and response shape, written once. The app validates
 * responses against it, the mock API implements it, and the OpenAPI document is generated
 * from it.
 */
export * from './common';
export * from './contracts';
export * from './dashboard';
export * from './evidence';
export * from './imports';
export * from './paths';
export * from './problem';
export * from './queries';
export * from './reference';
export * from './search-params';
