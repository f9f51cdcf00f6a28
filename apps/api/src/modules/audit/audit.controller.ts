import { Controller, Get, Inject, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { toLocalDate, type AuditLogEntry, type AuditLogFacets, type Page } from '@giao-ban/shared';
import type { Response } from 'express';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { AuditExportQueryDto, AuditLogQueryDto } from './dto/audit-log-query.dto.js';
import { AuditLogService } from './audit-log.service.js';

/** The audit browser (issue #11): the system administrator and the standing office. */
@ApiTags('audit')
@ApiCookieAuth('gb_session')
@Roles('admin', 'office')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditLogService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Page<AuditLogEntry> (libs/shared/src/audit/audit-log.types.ts), newest first.' })
  list(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntry>> {
    const { page, pageSize, ...filter } = query;
    return this.audit.list(filter, page, pageSize);
  }

  @Get('facets')
  @ApiOkResponse({ description: 'AuditLogFacets: the object types and actions present.' })
  facets(): Promise<AuditLogFacets> {
    return this.audit.facets();
  }

  @Get('export.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Query() query: AuditExportQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.audit.export(query, toLocalDate(this.clock.now()));
    res.set({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    return new StreamableFile(file.buffer);
  }
}
