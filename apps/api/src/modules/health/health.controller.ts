import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthReadiness, HealthStatus } from '@giao-ban/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { Public } from '../../common/decorators/public.decorator.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The API and its database answer.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthStatus> {
    const up = await this.databaseAnswers();
    response.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down', time: this.clock.now().toISOString() };
  }

  /** The process runs (for a container's liveness probe: restart it when this stops answering). */
  @Public()
  @Get('live')
  @ApiOkResponse({ description: 'The API process answers.' })
  live(): { status: 'ok'; time: string } {
    return { status: 'ok', time: this.clock.now().toISOString() };
  }

  /** Ready for requests: the database answers and has every migration this code needs. */
  @Public()
  @Get('ready')
  @ApiOkResponse({ description: 'The database answers and is migrated.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer, or a migration has not run.' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthReadiness> {
    const up = await this.databaseAnswers();
    const migrations = up ? await this.migrationState() : 'unknown';
    const ok = up && migrations === 'done';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', database: up ? 'up' : 'down', migrations, time: this.clock.now().toISOString() };
  }

  /** Migrations only run at start-up: once none is pending, none will be for this process. */
  private migrated = false;

  private async migrationState(): Promise<HealthReadiness['migrations']> {
    if (this.migrated) return 'done';
    try {
      this.migrated = !(await this.dataSource.showMigrations());
      return this.migrated ? 'done' : 'pending';
    } catch {
      return 'unknown';
    }
  }

  private async databaseAnswers(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
