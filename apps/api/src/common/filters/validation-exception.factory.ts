import type { ValidationError } from 'class-validator';
import type { FieldError } from '@giao-ban/shared';
import { AppException } from '../errors/app-exception.js';

/** Flattens nested class-validator errors into dotted field paths that map onto form fields. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, constraints: error.constraints }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): AppException {
  return new AppException('VALIDATION_FAILED', 'The request has invalid fields.', toFieldErrors(errors));
}
