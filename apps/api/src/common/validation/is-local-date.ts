import { isLocalDate } from '@giao-ban/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A real calendar date written `YYYY-MM-DD` (a local date in Asia/Ho_Chi_Minh). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
}
