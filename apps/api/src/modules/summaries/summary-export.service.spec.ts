import { PassThrough, type Readable } from 'node:stream';
import { ExportGate, MAX_EXPORTS_AT_ONCE } from './summary-export.service.js';

/** Lets pending promise callbacks and stream events run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ExportGate: at most two exports at once per API process', () => {
  it('is two in the API', () => {
    expect(MAX_EXPORTS_AT_ONCE).toBe(2);
  });

  it('starts a third export only when one of the two running has been sent', async () => {
    const gate = new ExportGate(2);
    const started: number[] = [];
    const streams: PassThrough[] = [];
    const exportNumber = (n: number) => async (): Promise<Readable> => {
      started.push(n);
      const stream = new PassThrough();
      streams.push(stream);
      return stream;
    };
    const results = [1, 2, 3, 4].map((n) => gate.run(exportNumber(n)));
    await settle();
    expect(started).toEqual([1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });

    // The first download is read to its end: the third export starts, and only it.
    streams[0]!.resume();
    streams[0]!.end();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });

    // A download the client gave up on (its stream destroyed) frees its place too.
    streams[1]!.destroy();
    await settle();
    expect(started).toEqual([1, 2, 3, 4]);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });

    for (const stream of streams.slice(2)) {
      stream.resume();
      stream.end();
    }
    await Promise.all(results);
    await settle();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the place of an export that fails before it has a file', async () => {
    const gate = new ExportGate(1);
    await expect(gate.run(async () => Promise.reject(new Error('no such summary')))).rejects.toThrow('no such summary');
    await settle();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    const stream = await gate.run(async () => new PassThrough());
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    stream.destroy();
    await settle();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});
