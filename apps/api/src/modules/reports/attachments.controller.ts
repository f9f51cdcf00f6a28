import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { MAX_ATTACHMENT_BYTES, REPORT_CONTENT_READERS, type Attachment, type CurrentUser as CurrentUserShape } from '@giao-ban/shared';
import { IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { CheckedUpload } from '../../common/uploads/checked-upload.js';
import type { UploadedFile as UploadedFileShape } from '../../common/uploads/incoming-uploads.js';
import { AttachmentsService } from './attachments.service.js';
import type { StreamableFile } from '@nestjs/common';

class UploadAttachmentDto {
  @IsOptional() @IsUUID() sectionId?: string;
}

const uuid = new ParseUUIDPipe();

@ApiTags('reports')
@ApiCookieAuth('gb_session')
@Controller('reports/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Roles('agency_reporter', 'agency_head')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, sectionId: { type: 'string', format: 'uuid' } },
      required: ['file'],
    },
  })
  @CheckedUpload({ service: AttachmentsService, mayUpload: (attachments, user, reportId) => attachments.assertMayAttach(user, reportId) }, MAX_ATTACHMENT_BYTES)
  upload(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Body() body: UploadAttachmentDto,
    @UploadedFile() file: UploadedFileShape | undefined,
  ): Promise<Attachment> {
    return this.attachments.upload(user, id, body.sectionId ?? null, file);
  }

  @Get(':attachmentId')
  @Roles(...REPORT_CONTENT_READERS)
  async download(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('attachmentId', uuid) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file } = await this.attachments.download(user, id, attachmentId);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return file;
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @Roles('agency_reporter', 'agency_head')
  remove(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Param('attachmentId', uuid) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(user, id, attachmentId);
  }
}
