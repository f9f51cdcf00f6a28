import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite names every file under assets/ by its content hash: a new build is a new URL. */
export const HASHED_ASSETS_DIR = 'assets';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** index.html and the other unhashed files: the browser asks again each time (a 304 when unchanged). */
export const REVALIDATE_CACHE = 'no-cache';

const API_PATH = /^\/api(\/|$)/;
/** Source maps stay on the server's disk for whoever reads a stack trace there; the public never gets them. */
const SOURCE_MAP = /\.map$/i;

/**
 * The built web app (dist/apps/web) as the API serves it: the brotli or gzip copy the build wrote
 * beside each file when the browser accepts it (Content-Encoding, Vary), hashed assets cached for a
 * year, everything else revalidated, no source maps, and index.html for any other path that is not
 * the API's, so a deep link opens the single-page app. A missing hashed asset is a 404, never the
 * page: a stale tab asking for an old chunk must fail as a script, not parse HTML.
 */
export function webAppMiddleware(webDistDir: string): RequestHandler {
  const root = path.resolve(webDistDir);
  const assetsDir = path.join(root, HASHED_ASSETS_DIR) + path.sep;
  const serveFile = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      fallthrough: true,
      setHeaders: (response, file) => {
        response.setHeader('Cache-Control', file.startsWith(assetsDir) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
      },
    },
  });

  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATH.test(request.path) || SOURCE_MAP.test(request.path)) {
      next();
      return;
    }
    serveFile(request, response, (error?: unknown) => {
      if (error || request.path.startsWith(`/${HASHED_ASSETS_DIR}/`)) {
        next(error);
        return;
      }
      // Not a file: a route of the single-page app.
      const original = request.url;
      request.url = '/index.html';
      serveFile(request, response, (fallbackError?: unknown) => {
        request.url = original;
        next(fallbackError);
      });
    });
  };
}
