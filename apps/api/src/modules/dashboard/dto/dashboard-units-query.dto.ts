import { ApiPropertyOptional } from '@nestjs/swagger';
import { DASHBOARD_UNIT_ORDERS, SUBMISSION_STATUSES, type DashboardUnitOrder, type DashboardUnitQuery, type SubmissionStatus } from '@giao-ban/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';

/** `?page=&pageSize=&status=…&status=…&order=` of the dashboard's unit rows. */
export class DashboardUnitsQueryDto extends PageQueryDto implements DashboardUnitQuery {
  @ApiPropertyOptional({ enum: SUBMISSION_STATUSES, isArray: true, description: 'Repeat the parameter for several statuses.' })
  @IsOptional()
  // One `?status=` arrives as a string, several as an array.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsIn(SUBMISSION_STATUSES, { each: true })
  status?: SubmissionStatus[];

  @ApiPropertyOptional({ enum: DASHBOARD_UNIT_ORDERS, default: 'agency' })
  @IsOptional()
  @IsIn(DASHBOARD_UNIT_ORDERS)
  order?: DashboardUnitOrder;
}
