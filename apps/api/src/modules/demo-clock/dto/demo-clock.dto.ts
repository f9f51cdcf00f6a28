import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches, registerDecorator, ValidateIf } from 'class-validator';
import type { DemoClockState, SetDemoClockRequest } from '@giao-ban/shared';

/** The years a demo may visit: those of the periods the API accepts (2000–2100). */
export const DEMO_CLOCK_RANGE = { from: '2000-01-01T00:00:00Z', to: '2100-12-31T23:59:59Z' } as const;

function IsDemoInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'range',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `now must be from ${DEMO_CLOCK_RANGE.from} to ${DEMO_CLOCK_RANGE.to}` },
      validator: {
        validate: (value: unknown) => {
          const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
          return at >= Date.parse(DEMO_CLOCK_RANGE.from) && at <= Date.parse(DEMO_CLOCK_RANGE.to);
        },
      },
    });
}

export class DemoClockStateDto implements DemoClockState {
  @ApiProperty({ format: 'date-time', description: 'What the app takes as the current instant.' }) now!: string;
  @ApiProperty({ example: 0, description: 'How far the demo clock is from the real time, in minutes (negative: behind).' }) offsetMinutes!: number;
}

export class SetDemoClockDto implements SetDemoClockRequest {
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    example: '2021-12-14T09:00:00+07:00',
    description: 'The instant the app should take as now, with its time zone; null goes back to the real time.',
  })
  // null is "back to real time"; anything else, a missing value included, must be an instant.
  @ValidateIf((_body: object, value: unknown) => value !== null)
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { message: 'now must be an instant with its time zone, e.g. 2021-12-14T09:00:00+07:00' })
  @IsDemoInstant()
  now!: string | null;
}
