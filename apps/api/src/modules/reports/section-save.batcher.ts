import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ReportsRepository, type SaveFacts, type SectionWrite } from './reports.repository.js';

type Written = { version: number; updatedAt: Date } | null;

/** Saves in one batch at most; a larger burst goes in several statements. */
const MAX_BATCH = 100;
/** Sections whose facts are remembered (without their text: about 1 kB each). */
const REMEMBERED = 10_000;
/** Gathers every save that arrived in the same turn of the event loop (not only the same tick). */
const nextTurn = (run: () => void) => void setImmediate(run);

/**
 * Group commit for the writes: one write statement in flight at a time, and the saves that arrive
 * meanwhile go together in the next. Under light load a save waits only for the end of its
 * event-loop turn; under load a batch grows by itself to what arrived during one write, instead of
 * many small statements competing for connections and commits. (A write waiting on a row lock
 * holds back the saves behind it, but only one pooled connection.)
 */
class OneWriteInFlight {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  readonly schedule = (dispatch: () => void): void => {
    if (this.inFlight === 0) nextTurn(dispatch);
    else this.waiting.push(dispatch);
  };

  async run<T>(write: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await write();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.waiting.shift()?.();
    }
  }
}

/**
 * The autosave's database work, batched (group commit). Every open editor saves every few seconds,
 * and on this stack each round trip to PostgreSQL costs more than the rest of the request; so the
 * saves that arrive together share one read and one write statement — each save keeps its own
 * version guard, decision and answer; a batch holds only the requests in flight.
 * If a batch's write fails, its saves are retried one by one, so one bad save fails alone.
 *
 * An editor saves the same section again and again, so the facts of a section just saved are
 * remembered for its next save (matched by version). They are only ever a hint: the write's guard
 * re-checks in the database everything the decision stood on, and a save refused there is decided
 * again on fresh facts (ReportsService.saveSection).
 */
@Injectable()
export class SectionSaveBatcher {
  private readonly facts: DataLoader<string, SaveFacts | null>;
  private readonly writes: DataLoader<SectionWrite, Written>;
  private readonly remembered = new Map<string, SaveFacts>();

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
    const writing = new OneWriteInFlight();
    this.writes = new DataLoader<SectionWrite, Written>(
      (batch) =>
        writing.run(async () => {
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
        }),
      { cache: false, batchScheduleFn: writing.schedule, maxBatchSize: MAX_BATCH },
    );
  }

  /** The section's save facts, or null when the section does not exist in that report. */
  async factsOf(reportId: string, sectionId: string): Promise<SaveFacts | null> {
    const facts = await this.facts.load(sectionId);
    return facts && facts.reportId === reportId ? facts : null;
  }

  /** The facts of the section as its last save here left them, if the save starts from that version. */
  rememberedFacts(reportId: string, sectionId: string, version: number): SaveFacts | null {
    const facts = this.remembered.get(sectionId);
    return facts && facts.reportId === reportId && facts.version === version ? facts : null;
  }

  remember(facts: SaveFacts): void {
    this.remembered.delete(facts.id);
    this.remembered.set(facts.id, { ...facts, text: '' });
    if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
  }

  forget(sectionId: string): void {
    this.remembered.delete(sectionId);
  }

  /** The new version, or null when the version or state guard failed. */
  write(write: SectionWrite): Promise<Written> {
    return this.writes.load(write);
  }
}
