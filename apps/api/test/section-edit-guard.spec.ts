import { PERIOD_STATES, REPORT_STATES, decideSectionEdit, type PeriodState, type ReportState } from '@giao-ban/shared';
import pg from 'pg';
import { SECTION_EDIT_GUARD_SQL, editRuleParameters, editRuleRow } from '../src/modules/reports/reports.repository.js';
import { createTestDatabase } from './helpers/test-app.js';

/**
 * The autosave's SQL guard is the database's copy of the shared edit rule: on PostgreSQL, every
 * combination of the facts it reads must be let through exactly when decideSectionEdit allows a
 * unit's save (role and scope are checked by the service, not the guard).
 */
describe('the autosave guard (SECTION_EDIT_GUARD_SQL)', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
  });

  it('lets a save through exactly when decideSectionEdit allows it, for every combination of facts', async () => {
    const { rows } = await client.query<{
      report_state: ReportState;
      period_state: PeriodState;
      reopened: boolean;
      applicable: boolean;
      returned: boolean;
      allowed: boolean;
    }>(
      `WITH edit_rule AS (${editRuleRow(3)})
       SELECT r.state AS report_state, p.state AS period_state, r.reopened, s.applicable, s.returned,
              (${SECTION_EDIT_GUARD_SQL}) AS allowed
         FROM (SELECT state, reopened FROM unnest($1::text[]) AS state, unnest(ARRAY[false, true]) AS reopened) r,
              (SELECT state FROM unnest($2::text[]) AS state) p,
              (SELECT applicable, returned FROM unnest(ARRAY[false, true]) AS applicable, unnest(ARRAY[false, true]) AS returned) s,
              edit_rule`,
      [[...REPORT_STATES], [...PERIOD_STATES], ...editRuleParameters()],
    );
    expect(rows).toHaveLength(REPORT_STATES.length * PERIOD_STATES.length * 2 * 2 * 2);
    const disagreements = rows.filter((row) => {
      const decision = decideSectionEdit(
        {
          reportState: row.report_state,
          periodState: row.period_state,
          reopened: row.reopened,
          requiresHeadApproval: false,
          applicable: row.applicable,
          sectionReturned: row.returned,
        },
        'agency_reporter',
      );
      return decision.allowed !== row.allowed;
    });
    expect(disagreements).toEqual([]);
    // Both answers occur, so agreeing is not agreeing on "never": an open period or a reopened
    // report in any of the 4 period states (5), times an applicable section of a not_started or
    // draft report, returned or not (4), or a returned section of a returned report (1).
    expect(rows.filter((row) => row.allowed)).toHaveLength(5 * (4 + 1));
  });
});
