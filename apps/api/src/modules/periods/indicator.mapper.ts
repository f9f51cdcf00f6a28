import type { Indicator } from '@giao-ban/shared';
import type { IndicatorEntity } from './indicator.entity.js';

/** An indicator as the API shows it; numeric(14,2) arrives from pg as a string. */
export function toIndicator(i: IndicatorEntity): Indicator {
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    aggregation: i.aggregation,
    integerOnly: i.integerOnly,
    target: i.target === null ? null : Number(i.target),
    ordinal: i.ordinal,
  };
}
