/** The one set of mock handlers, served by the browser worker, MSW's node server and the HTTP server. */
import { articleHandlers } from './handlers/articles';
import { commentHandlers } from './handlers/comments';
import { pushHandlers } from './handlers/push';
import { settingsHandlers } from './handlers/settings';
import { vitalsHandlers } from './handlers/vitals';
import { weatherHandlers } from './handlers/weather';

export const handlers = [
  ...settingsHandlers,
  ...commentHandlers,
  ...articleHandlers,
  ...weatherHandlers,
  ...pushHandlers,
  ...vitalsHandlers,
];
