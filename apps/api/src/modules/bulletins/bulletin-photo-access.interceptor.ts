import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../common/decorators/current-user.decorator.js';
import { AppException } from '../../common/errors/app-exception.js';
import { BulletinsService } from './bulletins.service.js';

/** Asks whether the user may add a photo to this item before multer reads a byte of the upload. */
@Injectable()
export class BulletinPhotoAccessInterceptor implements NestInterceptor {
  constructor(private readonly bulletins: BulletinsService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const itemId = request.params['id'];
    // As ParseUUIDPipe answers on the route's other handlers.
    if (typeof itemId !== 'string' || !isUUID(itemId)) throw new AppException('BAD_REQUEST', 'Validation failed (uuid is expected)');
    if (!request.user) throw new Error('BulletinPhotoAccessInterceptor used on a public route');
    await this.bulletins.assertMayEditItem(request.user, itemId);
    return next.handle();
  }
}
