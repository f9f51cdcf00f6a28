import { APP_TIME_HEADER } from '@giao-ban/shared';
import type { RequestHandler } from 'express';
import type { Clock } from './clock.js';

/** Every API answer says the app's time, so the web app reckons "today" as the server does. */
export function appTimeHeader(clock: Clock): RequestHandler {
  return (_request, response, next) => {
    response.setHeader(APP_TIME_HEADER, clock.now().toISOString());
    next();
  };
}
