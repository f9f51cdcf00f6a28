import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, registerDecorator, type ValidationArguments } from 'class-validator';
import type { AuditLogQuery } from '@giao-ban/shared';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Action and object type names: `report.submitted`, `summary`… */
const CODE = /^[a-z][a-z0-9_.-]*$/;

/** `to` is the same day as `from` or later (both optional). */
function IsNotBeforeFrom(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBeforeFrom',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must not be before from` },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const from = (args.object as { from?: unknown }).from;
          return typeof value !== 'string' || typeof from !== 'string' || value >= from;
        },
      },
    });
}

/** Filters of the audit browser; the export takes the same without paging. */
export class AuditFilterDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: 'report' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(40)
  @Matches(CODE, { message: 'objectType must be lowercase letters, digits, dots, dashes or underscores' })
  objectType?: string;

  @ApiPropertyOptional({ example: 'report.submitted' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(60)
  @Matches(CODE, { message: 'action must be lowercase letters, digits, dots, dashes or underscores' })
  action?: string;

  @ApiPropertyOptional({ example: '2021-12-01', description: 'First Vietnam day, inclusive.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2021-12-31', description: 'Last Vietnam day, inclusive.' })
  @IsOptional()
  @IsLocalDate()
  @IsNotBeforeFrom()
  to?: string;
}

/** The export's filters: the browser's, without paging. */
export class AuditExportQueryDto extends AuditFilterDto {}

/** The browser's filters and `?page=&pageSize=`. */
export class AuditLogQueryDto extends IntersectionType(PageQueryDto, AuditFilterDto) implements AuditLogQuery {}
