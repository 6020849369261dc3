/** The one set of mock handlers, served by the browser worker, MSW's node server and the HTTP server. */
import { articleHandlers } from './handlers/articles';
import { commentHandlers } from './handlers/comments';
import { pushHandlers } from './handlers/push';
import { searchHandlers } from './handlers/search';
import { sectionHandlers } from './handlers/sections';
import { settingsHandlers } from './handlers/settings';
import { vitalsHandlers } from './handlers/vitals';
import { weatherHandlers } from './handlers/weather';

export const handlers = [
  ...settingsHandlers,
  ...commentHandlers,
  ...articleHandlers,
  ...searchHandlers,
  ...sectionHandlers,
  ...weatherHandlers,
  ...pushHandlers,
  ...vitalsHandlers,
];
