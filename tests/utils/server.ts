import { setupServer } from 'msw/node';

/** Until the mock API's Node server lands, tests bring their own handlers. */
export const server = setupServer();
