import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Role } from '@giao-ban/shared';
import { IS_PUBLIC } from '../decorators/public.decorator.js';
import { ALLOWED_ROLES } from '../decorators/roles.decorator.js';

export interface RouteEntry {
  method: string;
  /** Express-style path with the global prefix, e.g. `/api/periods/:id`. */
  path: string;
  isPublic: boolean;
  roles: Role[] | null;
  controller: string;
  handler: string;
}

function joinPath(...parts: (string | undefined)[]): string {
  const joined = parts
    .filter((p): p is string => !!p && p !== '/')
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/**
 * Every route the application serves, read from Nest's own metadata. Tests iterate over it, so a
 * route added tomorrow is covered by the authentication and scoping checks without editing them.
 */
export function listRoutes(app: INestApplication, globalPrefix = 'api'): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, metatype) ?? '/');
    const prototype = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler);
      if (methodPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, metatype]) ?? false;
      const roles = reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, [handler, metatype]) ?? null;
      for (const controllerPath of controllerPaths) {
        for (const path of ([] as string[]).concat(methodPath)) {
          routes.push({
            method,
            path: joinPath(globalPrefix, controllerPath, path),
            isPublic,
            roles,
            controller: metatype.name,
            handler: name,
          });
        }
      }
    }
  }
  return routes;
}
