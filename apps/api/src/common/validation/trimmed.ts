import { Transform } from 'class-transformer';

/**
 * Text the service keeps trimmed is validated trimmed, so MinLength counts what will be stored: a
 * title of four spaces is no title (422), not an empty row the database refuses (a 500 before).
 */
export const Trimmed = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
