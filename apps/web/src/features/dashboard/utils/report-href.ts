/**
 * Where the dashboard opens a unit's report (its review for the office and leaders, the report for
 * its own unit), or null for a role that reads no report content (the administrator, SPEC §1):
 * then the unit's name and cells are text, not links to a page that would refuse them.
 */
export type ReportHref = ((reportId: string) => string) | null;
