import { applyDecorators, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { MAX_INT4 } from '@giao-ban/shared';
import { IsInt, Max, Min } from 'class-validator';
import { AppException } from '../errors/app-exception.js';

/** A whole number that fits the `integer` column it is compared with: `min` to 2,147,483,647. */
export function IsInt4(min: number): PropertyDecorator {
  return applyDecorators(IsInt(), Min(min), Max(MAX_INT4));
}

/** A route parameter that is a positive `integer` (a version number): 422 beyond the column's range. */
@Injectable()
export class ParsePositiveInt4Pipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^[0-9]{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (number >= 1 && number <= MAX_INT4) return number;
    const field = metadata.data ?? 'parameter';
    throw new AppException('VALIDATION_FAILED', 'The request has invalid fields.', [
      { field, constraints: { isInt4: `${field} must be a whole number from 1 to ${MAX_INT4}` } },
    ]);
  }
}
