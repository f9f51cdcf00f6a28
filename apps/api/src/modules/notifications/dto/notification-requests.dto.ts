import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { MESSAGE_STATUSES, type MessageLogQuery, type MessageStatus, type UpdateNotificationPreferencesRequest } from '@giao-ban/shared';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';

export class UpdateNotificationPreferencesDto implements UpdateNotificationPreferencesRequest {
  @ApiProperty({ description: 'E-mail on or off for the signed-in user; in-app notifications are always on.' })
  @IsBoolean()
  emailEnabled!: boolean;
}

export class MessageLogQueryDto extends PageQueryDto implements MessageLogQuery {
  @ApiPropertyOptional({ enum: MESSAGE_STATUSES })
  @IsOptional()
  @IsIn(MESSAGE_STATUSES)
  status?: MessageStatus;
}
