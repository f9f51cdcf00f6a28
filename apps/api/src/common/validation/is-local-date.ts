import { isLocalDate } from '@giao-ban/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The dates the API takes: every period it accepts (years 2000–2100) with its cut-offs, dues and
 * extensions fits with room to spare, and date arithmetic on them (a due date moved to the next
 * working day, a deadline plus its days) stays within four-digit years. '9999-12-31' moved one day
 * on would not be a YYYY-MM-DD date any more, and JavaScript reads years 0–99 as 1900–1999.
 */
export const LOCAL_DATE_RANGE = { from: '1900-01-01', to: '2999-12-31' } as const;

/** A real calendar date written `YYYY-MM-DD` (a local date in Asia/Ho_Chi_Minh) within LOCAL_DATE_RANGE. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a date written YYYY-MM-DD, from ${LOCAL_DATE_RANGE.from} to ${LOCAL_DATE_RANGE.to}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => isLocalDate(value) && value >= LOCAL_DATE_RANGE.from && value <= LOCAL_DATE_RANGE.to,
      },
    });
}
