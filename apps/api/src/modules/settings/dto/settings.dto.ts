import { ApiProperty } from '@nestjs/swagger';
import { SUMMARY_STYLES, type CommitteeSettingsView, type HolidayYear, type ReminderLadder, type SummaryStyle } from '@giao-ban/shared';
import { HolidayDto } from './settings-requests.dto.js';

export class ReminderLadderDto implements ReminderLadder {
  @ApiProperty({ type: [Number], example: [7, 3, 1], description: 'Days before the due date.' }) daysBefore!: number[];
  @ApiProperty({ example: true, description: 'A reminder on the due date itself.' }) onDueDay!: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Once overdue, a reminder every so many days; null for none.' }) repeatEveryDays!: number | null;
}

export class CommitteeSettingsViewDto implements CommitteeSettingsView {
  @ApiProperty({ example: 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI' }) issuingBody!: string;
  @ApiProperty({ example: 'TỈNH ỦY QUẢNG NINH' }) partyParentBody!: string;
  @ApiProperty({ example: 'UBND TỈNH QUẢNG NINH' }) stateParentBody!: string;
  @ApiProperty({ example: 'T/M BAN CHỈ ĐẠO' }) partySignerAuthority!: string;
  @ApiProperty({ example: 'TM. BAN CHỈ ĐẠO' }) stateSignerAuthority!: string;
  @ApiProperty({ example: 'TRƯỞNG BAN' }) signerTitle!: string;
  @ApiProperty({ nullable: true, type: String }) signerName!: string | null;
  @ApiProperty({ example: 'Quảng Ninh' }) place!: string;
  @ApiProperty({ enum: SUMMARY_STYLES }) defaultStyle!: SummaryStyle;
  @ApiProperty({ type: [String] }) recipients!: string[];
  @ApiProperty({ type: ReminderLadderDto, description: 'The reminder ladder a new period starts with.' }) reminderLadder!: ReminderLadderDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) updatedByName!: string | null;
}

export class HolidayYearDto implements HolidayYear {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ type: [HolidayDto] }) holidays!: HolidayDto[];
  @ApiProperty({ type: [Number], example: [2026, 2027] }) yearsWithHolidays!: number[];
}
