import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  COMMITTEE_SETTING_MAX_LENGTH,
  DEFAULT_REMINDER_LADDER,
  HOLIDAY_NAME_MAX_LENGTH,
  HOLIDAY_YEAR_RANGE,
  HOLIDAYS_PER_YEAR_MAX,
  RECIPIENT_MAX_LENGTH,
  RECIPIENTS_MAX_LINES,
  SUMMARY_STYLES,
  committeeSettingProblems,
  normalizeCommitteeSetting,
  normalizePlainLine,
  type CommitteeSettingField,
  type PublicHoliday,
  type ReminderLadder,
  type SaveHolidaysRequest,
  type SummaryStyle,
  type UpdateCommitteeSettingsRequest,
} from '@giao-ban/shared';
import { IsLocalDate } from '../../../common/validation/is-local-date.js';
import { SharedRuleConstraint } from '../../../common/validation/shared-rule-constraint.js';

/** The text of a holiday's name as it will be stored: one line, trimmed, composed. */
const storedLine = () => Transform(({ value }: { value: unknown }) => normalizePlainLine(value));

/**
 * A committee setting, checked at the edge by libs/shared's rule for it (committeeSettingProblems)
 * on the value as it will be stored, so that every wrong field of a request is named at once with
 * the same constraint names the web form knows. Each constraint is its own validator, carrying its
 * bound as class-validator's own would (the fuzz suite and OpenAPI read them); a field left out is
 * not checked (it keeps its value).
 */
function CommitteeSetting(field: Exclude<CommitteeSettingField, 'reminderLadder'>, api: ApiPropertyOptions): PropertyDecorator {
  const rule = (name: string, constraints: unknown[] = []) => SharedRuleConstraint((value) => committeeSettingProblems(field, value), name, constraints);
  const lineRules = (maxLength: number) => [rule('isString'), rule('required'), rule('maxLength', [maxLength]), rule('plainLine')];
  const rules =
    field === 'defaultStyle'
      ? [rule('isIn', [[...SUMMARY_STYLES]])]
      : field === 'recipients'
        ? [rule('isArray'), rule('arrayMinSize', [1]), rule('arrayMaxSize', [RECIPIENTS_MAX_LINES]), ...lineRules(RECIPIENT_MAX_LENGTH)]
        : lineRules(COMMITTEE_SETTING_MAX_LENGTH[field]);
  return applyDecorators(
    ApiPropertyOptional(api),
    Transform(({ value }: { value: unknown }) => normalizeCommitteeSetting(field, value)),
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    ...rules,
  );
}

const line = (field: keyof typeof COMMITTEE_SETTING_MAX_LENGTH, example: string, nullable = false) =>
  CommitteeSetting(field, { example, maxLength: COMMITTEE_SETTING_MAX_LENGTH[field], ...(nullable ? { nullable: true, type: String } : { type: String }) });

/** PUT /api/settings: the fields given change, each one line of text, trimmed as it will be printed. */
export class UpdateCommitteeSettingsDto implements UpdateCommitteeSettingsRequest {
  @line('issuingBody', 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI') issuingBody?: string;
  @line('partyParentBody', 'TỈNH ỦY QUẢNG NINH') partyParentBody?: string;
  @line('stateParentBody', 'UBND TỈNH QUẢNG NINH') stateParentBody?: string;
  @line('partySignerAuthority', 'T/M BAN CHỈ ĐẠO') partySignerAuthority?: string;
  @line('stateSignerAuthority', 'TM. BAN CHỈ ĐẠO') stateSignerAuthority?: string;
  @line('signerTitle', 'TRƯỞNG BAN') signerTitle?: string;
  @line('signerName', 'Nguyễn Văn An', true) signerName?: string | null;
  @line('place', 'Quảng Ninh') place?: string;

  @CommitteeSetting('defaultStyle', { enum: SUMMARY_STYLES, description: 'The style a new summary starts in: party (Hướng dẫn 36) or state (Nghị định 30).' })
  defaultStyle?: SummaryStyle;

  @CommitteeSetting('recipients', {
    type: [String],
    maxItems: RECIPIENTS_MAX_LINES,
    description: 'Recipient lines without their dash (one text of lines is taken too); the last is usually "Lưu: VT, …".',
  })
  recipients?: string[];

  // The edge takes an object; the service names its wrong parts down to the day
  // (reminderLadder.daysBefore.1) with libs/shared's reminderLadderProblems, as the period's ladder does.
  @ApiPropertyOptional({
    example: DEFAULT_REMINDER_LADDER,
    description: 'The reminder ladder a new period starts with: daysBefore (whole days, 1–60, at most 10), onDueDay, repeatEveryDays (1–30, or null).',
  })
  @Transform(({ value }: { value: unknown }) => normalizeCommitteeSetting('reminderLadder', value))
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsObject()
  reminderLadder?: ReminderLadder;
}

export class HolidayDto implements PublicHoliday {
  @ApiProperty({ format: 'date', example: '2027-02-05' }) @IsLocalDate() date!: string;

  @ApiProperty({ example: 'Tết Âm lịch', maxLength: HOLIDAY_NAME_MAX_LENGTH })
  @storedLine()
  @IsString()
  @MaxLength(HOLIDAY_NAME_MAX_LENGTH)
  name!: string;
}

export class SaveHolidaysDto implements SaveHolidaysRequest {
  @ApiProperty({ type: [HolidayDto], maxItems: HOLIDAYS_PER_YEAR_MAX, description: "The year's whole list; an empty list clears it." })
  @IsArray()
  @ArrayMaxSize(HOLIDAYS_PER_YEAR_MAX)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays!: HolidayDto[];
}

export class HolidayYearQueryDto {
  @ApiPropertyOptional({ minimum: HOLIDAY_YEAR_RANGE.from, maximum: HOLIDAY_YEAR_RANGE.to, description: 'Default: this year in Vietnam.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(HOLIDAY_YEAR_RANGE.from)
  @Max(HOLIDAY_YEAR_RANGE.to)
  year?: number;
}
