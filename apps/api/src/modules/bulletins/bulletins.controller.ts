import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res, UploadedFile, type StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  BULLETIN_LIMITS,
  type BulletinContributions,
  type BulletinIssueDetail,
  type BulletinIssueSummary,
  type BulletinItem,
  type BulletinItemSummary,
  type BulletinPhoto,
  type BulletinSearchHit,
  type BulletinTaskGroupChoice,
  type CurrentUser as CurrentUserShape,
  type Page,
} from '@giao-ban/shared';
import type { Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { DOCX, sendFile } from '../../common/documents/download.js';
import { CheckedUpload } from '../../common/uploads/checked-upload.js';
import type { UploadedFile as UploadedFileShape } from '../../common/uploads/incoming-uploads.js';
import { BulletinExportService } from './bulletin-export.service.js';
import { BulletinPhotosService } from './bulletin-photos.service.js';
import { BulletinsService } from './bulletins.service.js';
import {
  AcceptBulletinItemDto,
  BulletinLayoutDto,
  BulletinSearchQueryDto,
  CreateBulletinItemDto,
  ItemListQueryDto,
  NotUsedBulletinItemDto,
  PhotoUploadDto,
  PlanBulletinYearDto,
  ReturnBulletinItemDto,
  SaveBulletinItemDto,
  UpdateBulletinIssueDto,
  YearQueryDto,
} from './dto/bulletin-requests.dto.js';

const uuid = new ParseUUIDPipe();
/** The bulletin is the committee's: its units write, the office edits, leaders read; the administrator has no part in it. */
const READERS = ['agency_reporter', 'agency_head', 'office', 'leader'] as const;
const UNITS = ['agency_reporter', 'agency_head'] as const;

@ApiTags('bulletins')
@ApiCookieAuth('gb_session')
@Controller('bulletin-issues')
export class BulletinIssuesController {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly exports: BulletinExportService,
  ) {}

  @Get()
  @Roles(...READERS)
  list(@CurrentUser() user: CurrentUserShape, @Query() query: YearQueryDto): Promise<BulletinIssueSummary[]> {
    return this.bulletins.listIssues(user, query.year);
  }

  @Post('plan')
  @Roles('office')
  plan(@CurrentUser() user: CurrentUserShape, @Body() body: PlanBulletinYearDto): Promise<BulletinIssueSummary[]> {
    return this.bulletins.plan(user, body);
  }

  @Get(':id')
  @Roles(...READERS)
  detail(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<BulletinIssueDetail> {
    return this.bulletins.issueDetail(user, id);
  }

  @Patch(':id')
  @Roles('office')
  update(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: UpdateBulletinIssueDto): Promise<BulletinIssueDetail> {
    return this.bulletins.updateIssue(user, id, body);
  }

  @Get(':id/items')
  @Roles(...READERS)
  items(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Query() query: ItemListQueryDto): Promise<BulletinItemSummary[]> {
    return this.bulletins.listItems(user, id, query.state);
  }

  @Post(':id/items')
  @Roles(...UNITS)
  createItem(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: CreateBulletinItemDto): Promise<BulletinItem> {
    return this.bulletins.createItem(user, id, body);
  }

  @Put(':id/layout')
  @Roles('office')
  layout(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: BulletinLayoutDto): Promise<BulletinIssueDetail> {
    return this.bulletins.setLayout(user, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('office')
  publish(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<BulletinIssueDetail> {
    return this.bulletins.publish(user, id);
  }

  /** The published issue to print; before publication, the office's and leaders' preview (marked so). */
  @Get(':id/export.docx')
  @Roles(...READERS)
  @ApiProduces(DOCX)
  async docx(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendFile(res, await this.exports.docx(user, id));
  }

  /** The same .docx made into a PDF by LibreOffice; 503 LIBREOFFICE_UNAVAILABLE where it is not installed. */
  @Get(':id/export.pdf')
  @Roles(...READERS)
  @ApiProduces('application/pdf')
  async pdf(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendFile(res, await this.exports.pdf(user, id));
  }
}

@ApiTags('bulletins')
@ApiCookieAuth('gb_session')
@Controller('bulletin-items')
export class BulletinItemsController {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly photos: BulletinPhotosService,
  ) {}

  @Get(':id')
  @Roles(...READERS)
  detail(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<BulletinItem> {
    return this.bulletins.itemDetail(user, id);
  }

  @Put(':id')
  @Roles(...UNITS)
  save(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: SaveBulletinItemDto): Promise<BulletinItem> {
    return this.bulletins.saveItem(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...UNITS)
  async remove(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<void> {
    await this.photos.removeStored(await this.bulletins.deleteItem(user, id));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...UNITS)
  submit(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string): Promise<BulletinItem> {
    return this.bulletins.submit(user, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('office')
  accept(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: AcceptBulletinItemDto): Promise<BulletinItem> {
    return this.bulletins.accept(user, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('office')
  returnItem(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: ReturnBulletinItemDto): Promise<BulletinItem> {
    return this.bulletins.returnItem(user, id, body);
  }

  @Post(':id/not-used')
  @HttpCode(200)
  @Roles('office')
  notUsed(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Body() body: NotUsedBulletinItemDto): Promise<BulletinItem> {
    return this.bulletins.setAside(user, id, body);
  }

  @Post(':id/photos')
  @Roles(...UNITS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' }, credit: { type: 'string' } },
      required: ['file'],
    },
  })
  @CheckedUpload({ service: BulletinsService, mayUpload: (bulletins, user, itemId) => bulletins.assertMayEditItem(user, itemId) }, BULLETIN_LIMITS.photoMaxBytes)
  uploadPhoto(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Body() body: PhotoUploadDto,
    @UploadedFile() file: UploadedFileShape | undefined,
  ): Promise<BulletinPhoto> {
    return this.photos.upload(user, id, file, body);
  }

  @Get(':id/photos/:photoId')
  @Roles(...READERS)
  async photo(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('photoId', uuid) photoId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.photos.download(user, id, photoId);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return file;
  }

  @Delete(':id/photos/:photoId')
  @HttpCode(204)
  @Roles(...UNITS)
  removePhoto(@CurrentUser() user: CurrentUserShape, @Param('id', uuid) id: string, @Param('photoId', uuid) photoId: string): Promise<void> {
    return this.photos.remove(user, id, photoId);
  }
}

@ApiTags('bulletins')
@ApiCookieAuth('gb_session')
@Controller()
export class BulletinSearchController {
  constructor(private readonly bulletins: BulletinsService) {}

  /** Published items only: what every member may read. */
  @Get('bulletin-search')
  @Roles(...READERS)
  search(@Query() query: BulletinSearchQueryDto): Promise<Page<BulletinSearchHit>> {
    return this.bulletins.search(query);
  }

  /** The task groups an item may serve: those of the announced six-month periods (an item's issue picks its half). */
  @Get('bulletin-task-groups')
  @Roles(...READERS)
  taskGroups(): Promise<BulletinTaskGroupChoice[]> {
    return this.bulletins.taskGroupChoices();
  }

  @Get('bulletin-contributions')
  @Roles('office', 'leader')
  contributions(@Query() query: YearQueryDto): Promise<BulletinContributions> {
    return this.bulletins.contributions(query.year);
  }
}
