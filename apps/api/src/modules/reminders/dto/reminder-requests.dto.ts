import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsObject, IsString, IsUUID, Length } from 'class-validator';
import { REMINDER_MESSAGE_MAX_LENGTH, type PeriodReminderLadder, type ReminderLadder, type SendRemindersRequest } from '@giao-ban/shared';
import { trimmed } from '../../users/dto/user-requests.dto.js';

/** The ladder itself is checked by libs/shared's reminderLadderProblems, every wrong field at once. */
export class PeriodReminderLadderDto implements PeriodReminderLadder {
  @ApiProperty({ example: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } })
  @IsDefined()
  @IsObject()
  ladder!: ReminderLadder;
}

/** Đôn đốc: at most 500 units at once, each listed once, with the office's words. */
export class SendRemindersDto implements SendRemindersRequest {
  @ApiProperty({ type: [String], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agencyIds!: string[];

  @ApiProperty({ minLength: 1, maxLength: REMINDER_MESSAGE_MAX_LENGTH })
  @Transform(trimmed)
  @IsString()
  @Length(1, REMINDER_MESSAGE_MAX_LENGTH)
  message!: string;
}
