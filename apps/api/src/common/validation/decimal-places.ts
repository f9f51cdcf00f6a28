import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A number with at most `places` decimals (12.5, 1000000000.01), checked by comparing it with
 * itself rounded to `places`. class-validator's IsNumber({ maxDecimalPlaces }) reads the decimals
 * from the number's text instead, and throws on exponent notation without a point (1e-7, 5e-324
 * arrive that way from JSON), which would answer the request 500 instead of 422.
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'maxDecimalPlaces',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [places],
      options: { message: `${String(propertyName)} must have at most ${places} decimal places`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    });
}
