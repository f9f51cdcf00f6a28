/** The one query-key factory of the feature: every settings query starts with `['settings']`. */
export const settingsKeys = {
  all: ['settings'] as const,
  committee: () => [...settingsKeys.all, 'committee'] as const,
  holidays: () => [...settingsKeys.all, 'holidays'] as const,
  holidayYear: (year: number) => [...settingsKeys.holidays(), year] as const,
  demoClock: () => [...settingsKeys.all, 'demo-clock'] as const,
};
