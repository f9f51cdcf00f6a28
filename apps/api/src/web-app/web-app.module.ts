import { Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { webAppMiddleware } from './web-app.middleware.js';

const WEB_DIST_DIR = Symbol('WEB_DIST_DIR');

/**
 * Serves the built web app beside the API. Registered once the modules are initialised, as
 * @nestjs/serve-static does, so the API's routes come first and this only sees what they did not
 * answer. (serve-static's preCompressed option works on Fastify only, hence express-static-gzip.)
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  constructor(
    @Inject(WEB_DIST_DIR) private readonly webDistDir: string,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  static forRoot(webDistDir: string): DynamicModule {
    return { module: WebAppModule, providers: [{ provide: WEB_DIST_DIR, useValue: webDistDir }] };
  }

  onModuleInit(): void {
    this.adapterHost.httpAdapter.getInstance<Express>().use(webAppMiddleware(this.webDistDir));
  }
}
