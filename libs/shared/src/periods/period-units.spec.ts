import type { PeriodState } from './period.types.js';
import { acceptsAddedUnits, unitAdmissionRefusal, type UnitAdmissionFacts, type UnitAdmissionRefusal } from './period-units.js';

describe('acceptsAddedUnits', () => {
  it.each<[PeriodState, boolean]>([
    ['draft', false],
    ['open', true],
    ['closed', false],
    ['archived', false],
  ])('a %s period → %s', (state, expected) => {
    expect(acceptsAddedUnits(state)).toBe(expected);
  });
});

describe('unitAdmissionRefusal', () => {
  const member: UnitAdmissionFacts = { active: true, isStandingOffice: false, obliged: false };
  it.each<[string, UnitAdmissionFacts, UnitAdmissionRefusal | null]>([
    ['an active member without a report', member, null],
    ['no such unit', { ...member, active: null }, 'unknownUnit'],
    ['an ended unit', { ...member, active: false }, 'endedUnit'],
    ['an ended unit that had a report', { ...member, active: false, obliged: true }, 'endedUnit'],
    ['the standing office', { ...member, isStandingOffice: true }, 'standingOffice'],
    ['a member that already reports', { ...member, obliged: true }, 'alreadyObliged'],
  ])('%s → %s', (_, facts, expected) => {
    expect(unitAdmissionRefusal(facts)).toBe(expected);
  });
});
