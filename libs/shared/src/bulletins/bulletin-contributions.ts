import type { BulletinContributionRow, BulletinContributions, BulletinItemState } from './bulletin.types.js';

/** The item states that count as contributed: sent to the office at least once (drafts do not). */
export const CONTRIBUTED_BULLETIN_ITEM_STATES: readonly BulletinItemState[] = ['submitted', 'accepted', 'returned', 'not_used'];

export interface ContributingUnit {
  agencyId: string;
  agencyName: string;
}

/** One item sent: whose, and the month (1–12) of the issue it was sent to. */
export interface ContributedItem {
  agencyId: string;
  month: number;
}

/**
 * Items sent per unit and month of a year, with half-year totals ("cung cấp 46 tin, bài cho Bản tin"):
 * one row per unit in the order given (units with no item keep a row of zeros; an item of a unit
 * not listed is left out), and the committee's totals.
 */
export function tallyBulletinContributions(year: number, units: readonly ContributingUnit[], items: readonly ContributedItem[]): BulletinContributions {
  const rows = new Map<string, BulletinContributionRow>(
    units.map((u) => [u.agencyId, { agencyId: u.agencyId, agencyName: u.agencyName, months: Array(12).fill(0), firstHalf: 0, secondHalf: 0, total: 0 }]),
  );
  for (const item of items) {
    const row = rows.get(item.agencyId);
    if (!row || !Number.isInteger(item.month) || item.month < 1 || item.month > 12) continue;
    row.months[item.month - 1] += 1;
  }
  const totals = { months: Array<number>(12).fill(0), firstHalf: 0, secondHalf: 0, total: 0 };
  for (const row of rows.values()) {
    row.firstHalf = row.months.slice(0, 6).reduce((a, b) => a + b, 0);
    row.secondHalf = row.months.slice(6).reduce((a, b) => a + b, 0);
    row.total = row.firstHalf + row.secondHalf;
    row.months.forEach((n, i) => (totals.months[i] += n));
    totals.firstHalf += row.firstHalf;
    totals.secondHalf += row.secondHalf;
    totals.total += row.total;
  }
  return { year, rows: [...rows.values()], totals };
}

/** The units asked to contribute that have sent nothing to an issue yet (the reminders' addressees). */
export function unitsYetToContribute(memberIds: readonly string[], contributorIds: readonly string[]): string[] {
  const sent = new Set(contributorIds);
  return memberIds.filter((id) => !sent.has(id));
}
