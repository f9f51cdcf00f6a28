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
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { MAX_ATTACHMENT_BYTES, type Attachment, type CurrentUser as CurrentUserShape } from '@giao-ban/shared';
import { IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { AttachmentAccessInterceptor } from './attachment-access.interceptor.js';
import { AttachmentsService, type UploadedFile as UploadedFileShape } from './attachments.service.js';
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
  // One byte over the limit is enough to know; multer stops reading there (413 FILE_TOO_LARGE).
  // Browsers send UTF-8 file names without saying so; multer would read them as latin1 ("Káº¿ hoáº¡ch").
  // The access check runs first: nothing of the file is read for someone who may not attach it.
  @UseInterceptors(AttachmentAccessInterceptor, FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  upload(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', uuid) id: string,
    @Body() body: UploadAttachmentDto,
    @UploadedFile() file: UploadedFileShape | undefined,
  ): Promise<Attachment> {
    return this.attachments.upload(user, id, body.sectionId ?? null, file);
  }

  @Get(':attachmentId')
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
