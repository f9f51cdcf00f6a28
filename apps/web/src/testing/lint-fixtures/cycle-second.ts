// The other half of the deliberate import cycle, reached through the `@/` alias.
import { firstLabel } from '@/testing/lint-fixtures/cycle-first';

export const secondLabel = (): string => (firstLabel.length > 0 ? '2' : '');
