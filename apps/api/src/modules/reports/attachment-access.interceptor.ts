import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../common/decorators/current-user.decorator.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AttachmentsService } from './attachments.service.js';

/** Asks whether the user may attach to this report before multer reads a byte of the upload. */
@Injectable()
export class AttachmentAccessInterceptor implements NestInterceptor {
  constructor(private readonly attachments: AttachmentsService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reportId = request.params['id'];
    // As ParseUUIDPipe answers on the route's other handlers.
    if (typeof reportId !== 'string' || !isUUID(reportId)) throw new AppException('BAD_REQUEST', 'Validation failed (uuid is expected)');
    if (!request.user) throw new Error('AttachmentAccessInterceptor used on a public route');
    await this.attachments.assertMayAttach(request.user, reportId);
    return next.handle();
  }
}
