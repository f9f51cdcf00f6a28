import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ReportsRepository, type SaveFacts, type SectionWrite } from './reports.repository.js';

type Written = { version: number; updatedAt: Date } | null;

/** Saves in one batch at most; a larger burst goes in several statements. */
const MAX_BATCH = 100;
/** Gathers every save that arrived in the same turn of the event loop (not only the same tick). */
const nextTurn = (run: () => void) => void setImmediate(run);

/**
 * The autosave's database work, batched (group commit). Every open editor saves every few seconds,
 * and on this stack each round trip to PostgreSQL costs more than the rest of the request; so the
 * saves that arrive together share one read and one write statement — each save keeps its own
 * version guard, decision and answer. Nothing is cached: a batch is only the requests in flight.
 * If a batch's write fails, its saves are retried one by one, so one bad save fails alone.
 */
@Injectable()
export class SectionSaveBatcher {
  private readonly facts: DataLoader<string, SaveFacts | null>;
  private readonly writes: DataLoader<SectionWrite, Written>;

  constructor(@InjectDataSource() dataSource: DataSource, reports: ReportsRepository) {
    const db = dataSource.manager;
    this.facts = new DataLoader(
      async (sectionIds) => {
        const rows = await reports.findSaveFacts(db, [...new Set(sectionIds)]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return sectionIds.map((id) => byId.get(id) ?? null);
      },
      { cache: false, batchScheduleFn: nextTurn, maxBatchSize: MAX_BATCH },
    );
    this.writes = new DataLoader<SectionWrite, Written>(
      async (batch) => {
        try {
          return await reports.writeSectionSaves(db, [...batch]);
        } catch (error) {
          if (batch.length === 1) throw error;
          return Promise.all(
            batch.map((write) =>
              reports.writeSectionSaves(db, [write]).then(
                ([written]) => written ?? null,
                (alone: unknown) => (alone instanceof Error ? alone : new Error(String(alone))),
              ),
            ),
          );
        }
      },
      { cache: false, batchScheduleFn: nextTurn, maxBatchSize: MAX_BATCH },
    );
  }

  /** The section's save facts, or null when the section does not exist in that report. */
  async factsOf(reportId: string, sectionId: string): Promise<SaveFacts | null> {
    const facts = await this.facts.load(sectionId);
    return facts && facts.reportId === reportId ? facts : null;
  }

  /** The new version, or null when the version or state guard failed. */
  write(write: SectionWrite): Promise<Written> {
    return this.writes.load(write);
  }
}
