import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CompileSummaryResponse, CurrentUser as CurrentUserShape, SummarySectionView, SummarySources, SummaryVersionContent } from '@giao-ban/shared';
import type { Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { ParsePositiveInt4Pipe } from '../../common/validation/int4.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import {
  CompileSummaryDto,
  FinalizeSummaryDto,
  ReopenSummaryDto,
  ResolveSummaryProposalDto,
  SaveSummarySectionDto,
  SummaryExportQueryDto,
  SummarySettingsDto,
} from './dto/summary-requests.dto.js';
import { SummariesService } from './summaries.service.js';
import { SummaryExportService } from './summary-export.service.js';
import { sendFile } from '../../common/documents/download.js';
import { summaryJson } from './summary-json.js';

const DETAIL = { description: 'SummaryDetail (libs/shared/src/summaries/summary.types.ts), written section by section.' };

const uuid = new ParseUUIDPipe();

/**
 * The period's summary report. The office compiles, edits, finalizes and reopens; leaders read and
 * export; agency users and the administrator get 403 on every route.
 */
@ApiTags('summaries')
@ApiCookieAuth('gb_session')
@Controller('periods/:id/summary')
export class SummariesController {
  constructor(
    private readonly summaries: SummariesService,
    private readonly exports: SummaryExportService,
  ) {}

  /** The current summary: sections (edited flag, proposal, new inputs), figures, settings, versions; 404 before the first compile. */
  @Get()
  @Roles('office', 'leader')
  @ApiOkResponse(DETAIL)
  async get(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<StreamableFile> {
    return summaryJson(await this.summaries.detail(user, id));
  }

  /** What the units wrote for parts II–IV (proposals included), by section, to quote beside the editor; 404 before the first compile. */
  @Get('sources')
  @Roles('office', 'leader')
  @ApiOkResponse({ description: 'SummarySources (libs/shared/src/summaries/summary.types.ts).' })
  sources(@Param('id', uuid) id: string): Promise<SummarySources> {
    return this.summaries.sources(id);
  }

  /** Compiles, and answers what changed (version, replaced and proposed sections); the summary is then read with GET. */
  @Post('compile')
  @HttpCode(200)
  @Roles('office')
  @ApiOkResponse({ description: 'CompileSummaryResponse (libs/shared/src/summaries/summary.types.ts).' })
  compile(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: CompileSummaryDto): Promise<CompileSummaryResponse> {
    return this.summaries.compile(user, id, body);
  }

  @Put('sections/:key')
  @Roles('office')
  saveSection(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('key') key: string,
    @Body() body: SaveSummarySectionDto,
  ): Promise<SummarySectionView> {
    return this.summaries.saveSection(user, id, key, body);
  }

  @Post('sections/:key/proposal')
  @HttpCode(200)
  @Roles('office')
  resolveProposal(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('key') key: string,
    @Body() body: ResolveSummaryProposalDto,
  ): Promise<SummarySectionView> {
    return this.summaries.resolveProposal(user, id, key, body);
  }

  @Put('settings')
  @Roles('office')
  @ApiOkResponse(DETAIL)
  async settings(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: SummarySettingsDto): Promise<StreamableFile> {
    return summaryJson(await this.summaries.updateSettings(user, id, body));
  }

  @Post('finalize')
  @HttpCode(200)
  @Roles('office')
  @ApiOkResponse(DETAIL)
  async finalize(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: FinalizeSummaryDto): Promise<StreamableFile> {
    return summaryJson(await this.summaries.finalize(user, id, body));
  }

  @Post('reopen')
  @HttpCode(200)
  @Roles('office')
  @ApiOkResponse(DETAIL)
  async reopen(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: ReopenSummaryDto): Promise<StreamableFile> {
    return summaryJson(await this.summaries.reopen(user, id, body));
  }

  @Get('versions/:number')
  @Roles('office', 'leader')
  version(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('number', ParsePositiveInt4Pipe) number: number,
  ): Promise<SummaryVersionContent> {
    return this.summaries.version(user, id, number);
  }

  @Get('export.docx')
  @Roles('office', 'leader')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async docx(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Query() query: SummaryExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendFile(res, await this.exports.docx(user, id, query.version));
  }

  @Get('export.xlsx')
  @Roles('office', 'leader')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Query() query: SummaryExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendFile(res, await this.exports.xlsx(user, id, query.version));
  }
}
