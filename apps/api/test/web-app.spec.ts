import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * A web build laid out as `vite build` writes it (apps/web/vite.config.mts): hashed files under
 * assets/ with their .br and .gz copies, a hidden source map beside the script, index.html and its
 * copies at the root. Each copy is made distinguishable from the plain file by what it decodes to.
 */
function webBuild(): { dir: string; index: string; script: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'giao-ban-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const index = `<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;
  const script = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;
  const files: Record<string, string> = {
    'index.html': index,
    'assets/index-Ab12Cd34.js': script,
    'assets/index-Ab12Cd34.js.map': '{"version":3,"sources":["../../src/main.tsx"],"mappings":""}',
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), content);
    if (name.endsWith('.map')) continue;
    writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(content));
    writeFileSync(path.join(dir, `${name}.gz`), gzipSync(content));
  }
  return { dir, index, script };
}

describe('the web app served by the API', () => {
  let sut: TestApp;
  let build: ReturnType<typeof webBuild>;
  let port: number;

  beforeAll(async () => {
    build = webBuild();
    sut = await startTestApp({ demo: false, config: { webDistDir: build.dir } });
    await sut.app.listen(0, '127.0.0.1');
    port = (sut.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => sut?.close());

  /** The bytes as they travel (supertest would decode them), with the Accept-Encoding a browser sends. */
  const get = (url: string, acceptEncoding = '') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });

  it('sends the brotli copy of a hashed script to a browser that accepts it, cached for a year as immutable', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.body).toString()).toBe(build.script);
  });

  it('sends the gzip copy when brotli is not accepted, and the plain file when nothing is', async () => {
    const gzip = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(build.script);
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body).toString()).toBe(build.script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never caches index.html without asking again, at / and at a deep link of the app', async () => {
    for (const url of ['/', '/index.html', '/periods/0b0e5e4c-3a5f-4a8e-9d57-3f1b2c9d8e7a/dashboard', '/login?redirectTo=%2Fdashboard']) {
      const response = await get(url, 'br, gzip');
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(response.body).toString()).toBe(build.index);
    }
  });

  it('does not serve source maps', async () => {
    const response = await get('/assets/index-Ab12Cd34.js.map', 'br, gzip');
    expect(response.status).toBe(404);
    expect((response.body).toString()).not.toContain('mappings');
  });

  it('answers a missing hashed file with 404, not with the page', async () => {
    const response = await get('/assets/index-Old00000.js', 'br, gzip');
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).not.toContain('<div id="root">');
  });

  it('leaves /api to the API: its answers, its 404s and its no-store', async () => {
    const health = await sut.http().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toMatch(/json/);
    expect(health.headers['cache-control']).toBe('no-store');

    const missing = await sut.http().get('/api/no-such-route');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});
