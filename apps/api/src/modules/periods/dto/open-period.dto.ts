import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { OpenPeriodRequest } from '@giao-ban/shared';

export class OpenPeriodDto implements OpenPeriodRequest {
  @ApiPropertyOptional({ description: "Open although a unit's due date has passed (409 PAST_DUE_CONFIRMATION_REQUIRED otherwise)." })
  @IsOptional()
  @IsBoolean()
  confirmPastDue?: boolean;
}
