import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers with a Content-Security-Policy fit for the built web app: scripts only from this
 * site (the app has no inline script), styles inline too (antd writes its CSS at run time), no
 * framing by anyone, no referrer beyond this site. And API answers are personal: never stored.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      // Served over plain HTTP by `npm start`; the HTTPS proxy in front of production sets HSTS.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
    (request, response, next) => {
      if (request.path.startsWith('/api/')) response.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}
