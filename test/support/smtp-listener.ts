import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { must } from '@candor/platform';

/** An email as the listener accepted it, decoded enough to assert on what a recipient would read. */
export interface CapturedMail {
  /** Envelope recipients (RCPT TO). */
  readonly to: string[];
  readonly subject: string;
  readonly messageId: string;
  readonly text: string;
  readonly html: string;
  /** The whole message as received, headers included. */
  readonly raw: string;
  readonly receivedAt: number;
}

/** Every DATA the listener saw, whatever it answered. */
export interface SmtpAttempt {
  readonly to: string[];
  readonly messageId: string;
  readonly outcome: 'accepted' | 'dropped' | number;
  readonly at: number;
}

type Reply = { readonly code: number; readonly to?: string } | undefined;

/**
 * An in-process SMTP server for e2e tests. It records every message it accepts and every attempt,
 * and can be told to answer 4xx or 5xx (for everyone or one mailbox), or to hold its answer to DATA
 * so that a sender is caught mid-send (the client seeing no "250" means the message was not taken).
 */
export class SmtpListener {
  readonly messages: CapturedMail[] = [];
  readonly attempts: SmtpAttempt[] = [];
  private reply: Reply;
  private holding = false;
  private readonly held = new Map<string, (outcome: 'release' | 'dropped') => void>();

  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          void this.received(Buffer.concat(chunks).toString('utf8'), session).then((code) => {
            if (code === undefined) return callback();
            const error = Object.assign(new Error(`test listener answers ${code}`), {
              responseCode: code,
            });
            callback(error);
          });
        });
      },
      onClose: (session) => this.held.get(session.id)?.('dropped'),
    });
  }

  static async start(): Promise<SmtpListener> {
    const listener = new SmtpListener();
    await new Promise<void>((resolve) => listener.server.listen(0, '127.0.0.1', resolve));
    return listener;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Answer DATA with `code` (e.g. 451, 550), for everyone or only for mail to `to`. */
  failWith(code: number, to?: string): void {
    this.reply = { code, to };
  }

  /** Accept everything again. */
  accept(): void {
    this.reply = undefined;
  }

  /** Hold every answer to DATA until `release()`; a sender that disconnects meanwhile is dropped. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const resolve of this.held.values()) resolve('release');
  }

  /** Sessions currently waiting for an answer to DATA. */
  get heldCount(): number {
    return this.held.size;
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  async stop(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async received(raw: string, session: SMTPServerSession): Promise<number | undefined> {
    const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
    const parsed = parseMail(raw);
    const messageId = parsed.headers.get('message-id') ?? '';
    if (this.holding) {
      const outcome = await new Promise<'release' | 'dropped'>((resolve) =>
        this.held.set(session.id, resolve),
      );
      this.held.delete(session.id);
      if (outcome === 'dropped') {
        this.attempts.push({ to, messageId, outcome: 'dropped', at: Date.now() });
        return undefined;
      }
    }
    const reply = this.reply;
    if (reply && (!reply.to || to.includes(reply.to.toLowerCase()))) {
      this.attempts.push({ to, messageId, outcome: reply.code, at: Date.now() });
      return reply.code;
    }
    this.attempts.push({ to, messageId, outcome: 'accepted', at: Date.now() });
    this.messages.push({
      to,
      subject: parsed.headers.get('subject') ?? '',
      messageId,
      text: parsed.parts
        .filter((p) => p.type === 'text/plain')
        .map((p) => p.content)
        .join('\n'),
      html: parsed.parts
        .filter((p) => p.type === 'text/html')
        .map((p) => p.content)
        .join('\n'),
      raw,
      receivedAt: Date.now(),
    });
    return undefined;
  }
}

interface ParsedPart {
  readonly type: string;
  readonly content: string;
}

/** Just enough MIME for nodemailer's output: headers, multipart, quoted-printable and base64. */
export function parseMail(raw: string): { headers: Map<string, string>; parts: ParsedPart[] } {
  const { headers, body } = splitHeaders(raw);
  return { headers, parts: leaves(headers, body) };
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function leaves(headers: Map<string, string>, body: string): ParsedPart[] {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const type = must(contentType.split(';')[0], 'a media type').trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (!boundary) return [];
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => {
        const inner = splitHeaders(part.replace(/^\r?\n/, ''));
        return leaves(inner.headers, inner.body);
      });
  }
  return [{ type, content: decode(body, headers.get('content-transfer-encoding')) }];
}

function decode(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}
