import { ROLES, type Role } from '../auth/roles.js';
import { REPORT_CONTENT_READERS, reportReading, type ReportReading } from './report-reading.js';

describe(reportReading.name, () => {
  it.each<[Role, ReportReading]>([
    ['agency_reporter', 'own_unit'],
    ['agency_head', 'own_unit'],
    ['office', 'every_unit'],
    ['leader', 'every_unit'],
    ['admin', 'none'],
  ])('%s reads %s', (role, reading) => {
    expect(reportReading(role)).toBe(reading);
  });

  it('covers every role', () => {
    expect(ROLES.map(reportReading)).not.toContain(undefined);
  });

  it('REPORT_CONTENT_READERS are the roles that read some report, the administrator not among them', () => {
    expect(REPORT_CONTENT_READERS).toEqual(['agency_reporter', 'agency_head', 'office', 'leader']);
  });
});
