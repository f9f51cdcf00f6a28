import { registerDecorator } from 'class-validator';

/** A libs/shared rule that says what is wrong with a value: constraint name → message, empty when nothing is. */
export type ProblemsOf = (value: unknown) => Record<string, string>;

/**
 * One constraint of a libs/shared rule as a class-validator decorator, so a request is checked at the
 * edge by the same rule the web form uses, with the same constraint names: valid unless the rule
 * names `name`, with the rule's own message. `constraints` carry the bound as class-validator's own
 * decorators would (the fuzz suite and OpenAPI read them).
 */
export function SharedRuleConstraint(problems: ProblemsOf, name: string, constraints: unknown[] = []): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      constraints,
      options: { message: (args) => problems(args.value)[name] ?? `${String(propertyName)} is not valid` },
      validator: { validate: (value: unknown) => !(name in problems(value)) },
    });
}
