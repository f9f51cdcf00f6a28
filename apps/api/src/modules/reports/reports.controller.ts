import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  REPORT_CONTENT_READERS,
  type AuditEvent,
  type CurrentUser as CurrentUserShape,
  type MyReportRow,
  type Page,
  type ReportDetail,
  type ReportSectionDetail,
  type ReportVersionContent,
  type ReportVersionSummary,
  type ReviewBoardRow,
  type ReviewNote,
  type VersionComparison,
} from '@giao-ban/shared';
import type { Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { ParsePositiveInt4Pipe } from '../../common/validation/int4.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import {
  AddNoteDto,
  CompareQueryDto,
  GrantExtensionDto,
  ReopenReportDto,
  ReturnReportDto,
  SaveSectionDto,
  SetApplicabilityDto,
} from './dto/report-requests.dto.js';
import { DOCX, sendFile } from '../../common/documents/download.js';
import { ReportDocumentService } from './report-document.service.js';
import { ReportsService } from './reports.service.js';
import { ReviewService } from './review.service.js';

const uuid = new ParseUUIDPipe();

@ApiTags('reports')
@ApiCookieAuth('gb_session')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly review: ReviewService,
    private readonly documents: ReportDocumentService,
  ) {}

  /** "My reports": the signed-in unit's reports with due dates, days left or late, and state. */
  @Get('mine')
  @Roles('agency_reporter', 'agency_head')
  mine(@CurrentUser() user: CurrentUserShape): Promise<Page<MyReportRow>> {
    return this.reports.listMine(user);
  }

  /** The report's content: for whoever reads it (reportReading: the unit's staff their own, the office and leaders any). */
  @Get(':id')
  @Roles(...REPORT_CONTENT_READERS)
  detail(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<ReportDetail> {
    return this.reports.detail(user, id);
  }

  /**
   * The report as a .docx to print, sign and file, for whoever may read it (the office and leaders
   * any report; the unit's users their own); marked "BẢN NHÁP" until the committee has received it.
   */
  @Get(':id/document.docx')
  @Roles(...REPORT_CONTENT_READERS)
  @ApiProduces(DOCX)
  async document(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendFile(res, await this.documents.docx(user, id));
  }

  @Put(':id/sections/:sectionId')
  @Roles('agency_reporter', 'agency_head')
  saveSection(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('sectionId', uuid) sectionId: string,
    @Body() body: SaveSectionDto,
  ): Promise<ReportSectionDetail> {
    return this.reports.saveSection(user, id, sectionId, body);
  }

  @Put(':id/sections/:sectionId/applicability')
  @Roles('office')
  setApplicability(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('sectionId', uuid) sectionId: string,
    @Body() body: SetApplicabilityDto,
  ): Promise<ReportSectionDetail> {
    return this.review.setApplicability(user, id, sectionId, body.applicable);
  }

  @Post(':id/request-approval')
  @HttpCode(200)
  @Roles('agency_reporter', 'agency_head')
  requestApproval(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<ReportDetail> {
    return this.reports.requestApproval(user, id);
  }

  @Post(':id/send-back')
  @HttpCode(200)
  @Roles('agency_head')
  sendBack(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<ReportDetail> {
    return this.reports.sendBackToDraft(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('agency_reporter', 'agency_head')
  submit(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<ReportDetail> {
    return this.reports.submit(user, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('office')
  returnForRevision(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Body() body: ReturnReportDto,
  ): Promise<ReportDetail> {
    return this.review.returnForRevision(user, id, body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('office')
  accept(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<ReportDetail> {
    return this.review.accept(user, id);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('office')
  reopen(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: ReopenReportDto): Promise<ReportDetail> {
    return this.review.reopen(user, id, body);
  }

  @Post(':id/extension')
  @HttpCode(200)
  @Roles('office')
  extend(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: GrantExtensionDto): Promise<ReportDetail> {
    return this.review.grantExtension(user, id, body);
  }

  @Post(':id/notes')
  @Roles('office', 'agency_reporter', 'agency_head')
  addNote(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: AddNoteDto): Promise<ReviewNote> {
    return this.reports.addNote(user, id, body);
  }

  @Get(':id/versions')
  @Roles(...REPORT_CONTENT_READERS)
  versions(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<ReportVersionSummary[]> {
    return this.review.versions(user, id);
  }

  @Get(':id/versions/:number')
  @Roles(...REPORT_CONTENT_READERS)
  version(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('number', ParsePositiveInt4Pipe) number: number,
  ): Promise<ReportVersionContent> {
    return this.review.version(user, id, number);
  }

  @Get(':id/compare')
  @Roles(...REPORT_CONTENT_READERS)
  compare(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Query() query: CompareQueryDto): Promise<VersionComparison> {
    return this.review.compare(user, id, query.from, query.to);
  }

  @Get(':id/audit')
  @Roles('office', 'admin')
  audit(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<AuditEvent[]> {
    return this.reports.history(user, id);
  }
}

@ApiTags('reports')
@ApiCookieAuth('gb_session')
@Controller('periods/:periodId/reports')
export class PeriodReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The review board: every obligated unit with state, submission time, timeliness and version. */
  @Get()
  board(@CurrentUser() user: CurrentUserShape, @Param('periodId', uuid) periodId: string): Promise<Page<ReviewBoardRow>> {
    return this.reports.reviewBoard(user, periodId);
  }
}
