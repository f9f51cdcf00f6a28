import { Inject, mixin, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor, type Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { CurrentUser } from '@giao-ban/shared';
import { isUUID } from 'class-validator';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../decorators/current-user.decorator.js';
import { AppException } from '../errors/app-exception.js';

/** Who decides whether the signed-in user may upload to the route's `:id`: throws the refusal (404, 403, 409…). */
export type UploadAccess<Service> = {
  service: Type<Service>;
  mayUpload: (service: Service, user: CurrentUser, id: string) => Promise<unknown>;
};

/**
 * The route's access check as an interceptor, so it can run before multer's: a mixin, so Nest
 * injects the deciding service as it does any provider of the controller's module.
 */
function uploadAccessInterceptor<Service>({ service, mayUpload }: UploadAccess<Service>): Type<NestInterceptor> {
  class UploadAccessInterceptor implements NestInterceptor {
    constructor(@Inject(service) private readonly decider: Service) {}

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
      const id = request.params['id'];
      // As ParseUUIDPipe answers on the route's other handlers.
      if (typeof id !== 'string' || !isUUID(id)) throw new AppException('BAD_REQUEST', 'Validation failed (uuid is expected)');
      if (!request.user) throw new Error('A checked upload is used on a public route');
      await mayUpload(this.decider, request.user, id);
      return next.handle();
    }
  }
  return mixin(UploadAccessInterceptor);
}

/**
 * One file in the multipart field `file` of a route `…/:id/…`, read only once `access` allows it:
 * nothing of the body is read for someone who may not upload there. Multer stops at one byte over
 * `maxBytes` (413). Browsers send UTF-8 file names without saying so; multer would read them as
 * latin1 ("Káº¿ hoáº¡ch").
 */
export function CheckedUpload<Service>(access: UploadAccess<Service>, maxBytes: number): MethodDecorator {
  return UseInterceptors(uploadAccessInterceptor(access), FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 5 }, defParamCharset: 'utf8' }));
}
