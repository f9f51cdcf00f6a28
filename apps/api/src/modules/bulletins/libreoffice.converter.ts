import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import pLimit from 'p-limit';
import { AppException } from '../../common/errors/app-exception.js';

/**
 * A .docx made into a PDF by LibreOffice (`soffice --headless --convert-to pdf`), in a temporary
 * folder of its own with its own profile (two conversions at once would otherwise share one and
 * the second fail), killed after `timeoutMs`. Where LibreOffice is not installed the answer is 503
 * LIBREOFFICE_UNAVAILABLE, which the app shows as such (the production image installs it).
 * A conversion takes seconds and most of a core: this process runs one at a time, the others wait their turn.
 */
@Injectable()
export class LibreOfficeConverter {
  /** The program run; a test points it elsewhere to see the app without LibreOffice. */
  command = 'soffice';
  timeoutMs = 120_000;
  readonly #oneAtATime = pLimit(1);
  #started = 0;

  /** How many conversions this process has started: what shows that a PDF is made once, not per download. */
  get conversionsStarted(): number {
    return this.#started;
  }

  toPdf(docx: Buffer): Promise<Buffer> {
    return this.#oneAtATime(() => this.convert(docx));
  }

  private async convert(docx: Buffer): Promise<Buffer> {
    this.#started += 1;
    const dir = await mkdtemp(path.join(tmpdir(), 'giaoban-pdf-'));
    try {
      const input = path.join(dir, 'ban-tin.docx');
      await writeFile(input, docx);
      await this.run(['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, input]);
      return await readFile(path.join(dir, 'ban-tin.pdf')).catch(() => {
        throw new Error('LibreOffice finished without writing the PDF');
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private run(args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), this.timeoutMs);
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(error.code === 'ENOENT' ? new AppException('LIBREOFFICE_UNAVAILABLE', 'LibreOffice is not installed on the server: the PDF cannot be made (the .docx can).') : error);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`LibreOffice stopped (${signal ?? `exit ${code}`}): ${stderr.slice(0, 500)}`));
      });
    });
  }
}
