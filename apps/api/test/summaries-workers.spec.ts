import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformFileSync } from '@swc/core';
import type { SummaryFigures } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { SummariesRepository } from '../src/modules/summaries/summaries.repository.js';
import { startCompileJob, type CompileJob, type EncodedSection } from '../src/modules/summaries/summary-compile.job.js';
import { demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The built API compiles in a worker thread (summary-compile.job.ts); run from the TypeScript
 * sources, as in the other specs, it does the same work in its own thread, because a worker cannot
 * load .ts. Here the worker script is compiled (as the build does) into a temporary folder and run
 * for real: its results must be byte for byte those of the in-thread path.
 */
describe('summary compile in a worker thread', () => {
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  const sources = path.join(repoRoot, 'apps/api/src/modules/summaries');
  const compiled = path.join(repoRoot, 'tmp', `summary-workers-${process.pid}`);
  const workerUrl = (name: string) => pathToFileURL(path.join(compiled, `${name}.js`));

  let sut: TestApp;
  let periodId: string;

  beforeAll(async () => {
    mkdirSync(compiled, { recursive: true });
    writeFileSync(path.join(compiled, 'package.json'), JSON.stringify({ type: 'module' }));
    for (const name of ['summary-compile.job', 'summary-compile.worker', 'input-digest']) {
      const { code } = transformFileSync(path.join(sources, `${name}.ts`), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      });
      writeFileSync(path.join(compiled, `${name}.js`), code);
    }
    sut = await startTestApp();
    periodId = await demoPeriodId(sut);
    sut.clock.set('2021-12-21T03:00:00Z');
    const agent = await sut.signIn('vanphong');
    await agent.post(`/api/periods/${periodId}/summary/compile`).send({ includeSubmitted: true }).expect(200);
    // A section with bullets, bold and italic, and markup typed as text.
    const summary = (await agent.get(`/api/periods/${periodId}/summary`).expect(200)).body;
    const closing = summary.sections.find((s: { key: string }) => s.key === 'closing');
    await agent
      .put(`/api/periods/${periodId}/summary/sections/closing`)
      .send({
        version: closing.version,
        content: { blocks: [{ type: 'bullets', items: [[{ text: 'Một <w:p> & ', bold: true }, { text: 'hai', italic: true }]] }, { type: 'paragraph', runs: [{ text: 'Hết./.' }] }] },
      })
      .expect(200);
  });
  afterAll(async () => {
    await sut.close();
    rmSync(compiled, { recursive: true, force: true });
  });

  const collect = async (job: CompileJob): Promise<{ figures: SummaryFigures; sections: EncodedSection[] }> => {
    const figures = await job.figures;
    const sections: EncodedSection[] = [];
    for await (const section of job.sections) sections.push(section);
    return { figures, sections };
  };

  it('compiles in a worker exactly what it compiles in this thread', async () => {
    const db = sut.app.get(DataSource).manager;
    const repository = sut.app.get(SummariesRepository);
    const period = (await repository.findPeriod(db, periodId))!;
    const units = await repository.units(db, period);
    const wanted = units.filter((u) => u.versionNumber > 0 && ['accepted', 'submitted'].includes(u.state)).map((u) => ({ agencyId: u.agencyId, versionNumber: u.versionNumber }));
    const input = {
      period: { id: period.id, title: period.title, kind: period.kind, year: period.year, sequence: period.sequence, cutOffFrom: period.cutOffFrom, cutOffTo: period.cutOffTo, dueDate: period.dueDate },
      taskGroups: await repository.taskGroups(db, period.id),
      units,
      includeSubmitted: true,
      now: new Date('2021-12-21T03:00:00Z'),
      asOf: '2021-12-21',
    };
    const contents = {
      databaseUrl: sut.databaseUrl,
      wanted,
      read: (batch: typeof wanted) => repository.versionContentsJson(db, period.id, batch),
    };
    expect(wanted.length).toBeGreaterThan(4);

    const here = await collect(startCompileJob(input, contents));
    const there = await collect(startCompileJob(input, contents, workerUrl('summary-compile.worker')));
    expect(there.figures).toEqual(here.figures);
    expect(there.sections.map((s) => s.key)).toEqual(here.sections.map((s) => s.key));
    there.sections.forEach((section, i) => {
      expect(section.inputs).toEqual(here.sections[i]!.inputs);
      expect(section.content.equals(here.sections[i]!.content)).toBe(true);
    });
    // The bytes are the document's JSON in UTF-8 (what a json column stores).
    const tg1 = there.sections.find((s) => s.key === 'tg:1')!;
    expect(JSON.parse(tg1.content.toString('utf8')).blocks.length).toBeGreaterThan(2);
  });
});
