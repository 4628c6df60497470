/**
 * A real SMTP server in-process (the `smtp-server` package) for the notifications specs: it accepts mail on a free
 * loopback port, keeps every message it accepted (envelope, decoded Subject and text body), and can be told to refuse
 * the next N messages with a temporary (451) or permanent (550) reply, or to stop listening.
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  raw: string;
}

export interface TestSmtp {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Refuse the next `n` messages (after RCPT TO) with this SMTP reply code. */
  refuseNext(n: number, code?: 451 | 550): void;
  /** How many messages were refused. */
  refused(): number;
  close(): Promise<void>;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and ?Q?) as nodemailer writes them. */
export function decodeWords(s: string): string {
  return s.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)|=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _c1, e1, t1, _c2, e2, t2) => {
    const enc = (e1 ?? e2) as string;
    const text = (t1 ?? t2) as string;
    if (enc.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
    const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  });
}

function decodeBody(body: string, cte: string): string {
  const c = cte.toLowerCase();
  if (c === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (c === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Parses a single-part text message (what the notifications service sends). */
export function parseMail(raw: string): { subject: string; text: string; messageId: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  return { subject: decodeWords(header('Subject')), text: decodeBody(body, header('Content-Transfer-Encoding')), messageId: header('Message-ID') };
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refuse = 0;
  let refuseCode: 451 | 550 = 451;
  let refusedCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, cb) {
      if (refuse > 0) {
        refuse--;
        refusedCount++;
        const err = Object.assign(new Error(refuseCode === 451 ? 'Try again later' : 'Mailbox unavailable'), { responseCode: refuseCode });
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = parseMail(raw);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parsed,
          raw,
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    refuseNext(n, code = 451) {
      refuse = n;
      refuseCode = code;
    },
    refused: () => refusedCount,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it returns a truthy value or `ms` pass (then the last value is returned). */
export async function until<T>(check: () => Promise<T> | T, ms = 5_000, every = 25): Promise<T> {
  const end = Date.now() + ms;
  let v = await check();
  while (!v && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    v = await check();
  }
  return v;
}
