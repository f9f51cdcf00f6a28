import { Controller, Get, HttpCode, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, type ApiBodyOptions, ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MAX_IMPORT_FILE_BYTES, type CurrentUser as CurrentUserShape, type DirectoryImportResult, type DirectoryImportReview } from '@giao-ban/shared';
import type { Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { DirectoryImportService, type UploadedWorkbook } from './directory-import.service.js';

const WORKBOOK_UPLOAD: ApiBodyOptions = {
  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
};

// The guard has checked the role before multer reads a byte; one byte over the limit is enough to
// know (413 FILE_TOO_LARGE); browsers send UTF-8 file names without saying so.
const workbookUpload = () => FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 0 }, defParamCharset: 'utf8' });

/** Units and accounts from an .xlsx template (issue #11): the system administrator only. */
@ApiTags('import')
@ApiCookieAuth('gb_session')
@Roles('admin')
@Controller('import')
export class DirectoryImportController {
  constructor(private readonly imports: DirectoryImportService) {}

  /** The template, filled with the active units and every account, with instructions and drop-down lists. */
  @Get('template.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, fileName } = await this.imports.template();
    res.set({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
    });
    return new StreamableFile(buffer);
  }

  /** What the file would create and change, and every invalid row; writes nothing. */
  @Post('dry-run')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(WORKBOOK_UPLOAD)
  @ApiOkResponse({ description: 'DirectoryImportReview (libs/shared/src/directory-import): valid, plan, problems.' })
  @UseInterceptors(workbookUpload())
  dryRun(@CurrentUser() actor: CurrentUserShape, @UploadedFile() file: UploadedWorkbook | undefined): Promise<DirectoryImportReview> {
    return this.imports.dryRun(actor, file);
  }

  /** The same file again: checked again and, only if all of it is valid, applied in one transaction. */
  @Post('apply')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(WORKBOOK_UPLOAD)
  @ApiOkResponse({ description: 'DirectoryImportResult: the plan applied and the new accounts\' one-time passwords.' })
  @ApiUnprocessableEntityResponse({ description: 'IMPORT_INVALID with details.problems, as the dry run lists them; nothing written.' })
  @UseInterceptors(workbookUpload())
  apply(@CurrentUser() actor: CurrentUserShape, @UploadedFile() file: UploadedWorkbook | undefined): Promise<DirectoryImportResult> {
    return this.imports.apply(actor, file);
  }
}
