// Half of a deliberate import cycle for lint-rules.spec.ts; nothing in the app imports it.
import { secondLabel } from './cycle-second';

export const firstLabel = (): string => `1 → ${secondLabel()}`;
