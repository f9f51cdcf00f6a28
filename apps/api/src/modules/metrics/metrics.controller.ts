import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/decorators/public.decorator.js';
import { AppException } from '../../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { MetricsService } from './metrics.service.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Prometheus' scrape target. Not a user's route: no session, but the METRICS_TOKEN as a bearer
 * token; without METRICS_TOKEN the route does not exist (404).
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.token = config.metricsToken ? digest(config.metricsToken) : null;
  }

  @Public()
  @Get()
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'Prometheus text exposition.' })
  @ApiUnauthorizedResponse({ description: 'The bearer token is missing or is not METRICS_TOKEN.' })
  @ApiNotFoundResponse({ description: 'METRICS_TOKEN is not set: no metrics are served.' })
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: Response): Promise<void> {
    if (!this.token) throw new AppException('NOT_FOUND', 'No such route.');
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    // Compared as digests of equal length, so the time taken says nothing about the token.
    if (!given || !timingSafeEqual(digest(given), this.token)) throw new AppException('UNAUTHENTICATED', 'The metrics token is missing or wrong.');
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }
}
