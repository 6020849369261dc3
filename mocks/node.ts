/** MSW's node server, for the tests. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
export { store } from './store';
