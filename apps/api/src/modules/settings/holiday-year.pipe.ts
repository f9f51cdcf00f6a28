import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { HOLIDAY_YEAR_RANGE, isHolidayYear } from '@giao-ban/shared';
import { AppException } from '../../common/errors/app-exception.js';

/** The `:year` of a holidays route: a year of HOLIDAY_YEAR_RANGE written in digits, else 422 naming the parameter. */
@Injectable()
export class ParseHolidayYearPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const year = /^[0-9]{4}$/.test(value) ? Number(value) : Number.NaN;
    if (isHolidayYear(year)) return year;
    const field = metadata.data ?? 'year';
    throw new AppException('VALIDATION_FAILED', 'The request has invalid fields.', [
      { field, constraints: { isHolidayYear: `${field} must be a year from ${HOLIDAY_YEAR_RANGE.from} to ${HOLIDAY_YEAR_RANGE.to}` } },
    ]);
  }
}
