import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SmtpSettings } from '../../src/config/env.schema.js';

/** One message as the receiver got it: envelope, decoded subject and plain-text body, and when. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  headers: Map<string, string>;
  at: number;
}

export interface SmtpReceiver {
  smtp: SmtpSettings;
  mails: ReceivedMail[];
  /** Times a recipient was refused (refusing receivers). */
  refusals: number[];
  close(): Promise<void>;
}

/** `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=` words, adjacent ones joined (their bytes may split a character). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/(?:=\?utf-8\?([qb])\?([^?]*)\?=)+/gi, (run) => {
      const bytes: Buffer[] = [];
      for (const [, encoding, data] of run.matchAll(/=\?utf-8\?([qb])\?([^?]*)\?=/gi)) {
        bytes.push(
          encoding!.toLowerCase() === 'b'
            ? Buffer.from(data!, 'base64')
            : Buffer.from(data!.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'),
        );
      }
      return Buffer.concat(bytes).toString('utf8');
    });
}

function decodeBody(body: string, transferEncoding: string | undefined): string {
  switch (transferEncoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
    default:
      // 7bit or 8bit: the raw bytes are the text.
      return Buffer.from(body, 'latin1').toString('utf8');
  }
}

/** Headers (unfolded, names lower-cased) and the decoded plain-text body of a single-part message read as latin1 (bytes). */
export function parseMail(raw: string): { headers: Map<string, string>; subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const text = decodeBody(raw.slice(split + 4), headers.get('content-transfer-encoding')).replace(/\r\n/g, '\n').replace(/\n$/, '');
  return { headers, subject: decodeWords(headers.get('subject') ?? ''), text };
}

/**
 * A real SMTP server on a free local port (the smtp-server package), for the e-mail job to talk
 * to: it keeps every message, or — `refuse` — answers 550 to every recipient, as a server that
 * does not know the address does.
 */
export async function startSmtpReceiver(options: { refuse?: boolean } = {}): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const refusals: number[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(_address, _session, callback) {
      if (!options.refuse) return callback();
      refusals.push(Date.now());
      callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { headers, subject, text } = parseMail(Buffer.concat(chunks).toString('latin1'));
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, text, headers, at: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    smtp: { host: '127.0.0.1', port, secure: false, auth: null },
    mails,
    refusals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
