import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { appConfigOf } from '../config/config.module.js';
import nodemailer from 'nodemailer';
import type { NodemailerError, Transporter } from 'nodemailer';

/**
 * Why an email could not be sent, in words safe for logs and the dead-letter list: the SMTP code
 * and command, never the server's text (which may quote addresses) and never the message.
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    /** A 5xx reply: the same message would be refused again, so it is not retried. */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** An email as the notification templates render it, with its recipient and Message-ID. */
export interface OutgoingMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly to: string;
  readonly messageId: string;
}

// Well below nodemailer's defaults (2 min to connect, 10 min idle), so that a hung server costs a
// retry, not a worker slot for minutes.
const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
  dnsTimeout: 10_000,
};

/**
 * Sends through SMTP_URL, or without it writes each email as an .eml file under MAIL_DIR (named by
 * its Message-ID, so a re-send overwrites rather than duplicates) and logs the path.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly from: string;
  private readonly mailDir: string;
  private readonly transporter: Transporter;
  private readonly toFiles: boolean;

  constructor(configService: ConfigService) {
    const config = appConfigOf(configService);
    this.from = config.mailFrom;
    this.mailDir = config.mailDir;
    this.toFiles = !config.smtpUrl;
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    let info: { message?: unknown };
    try {
      info = await this.transporter.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        // Tells mail servers and clients not to auto-reply (out-of-office) to the portal.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      throw classifyFailure(error);
    }
    if (this.toFiles && Buffer.isBuffer(info.message)) {
      const file = join(this.mailDir, `${mail.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`);
      await mkdir(this.mailDir, { recursive: true, mode: 0o700 });
      await writeFile(file, info.message, { mode: 0o600 });
      this.logger.log(`email written to ${file}`);
    }
    return { messageId: mail.messageId };
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

/** SMTP 5xx (except 503, a session hiccup) is permanent; 4xx, timeouts and dropped connections are not. */
export function classifyFailure(error: unknown): DeliveryFailure {
  const e = (error ?? {}) as Partial<NodemailerError>;
  const command = typeof e.command === 'string' && /^[A-Z]+( [A-Z]+)?$/.test(e.command);
  const during = command ? ` during ${e.command}` : '';
  if (typeof e.responseCode === 'number') {
    const permanent =
      e.permanent ?? (e.responseCode >= 500 && e.responseCode < 600 && e.responseCode !== 503);
    return new DeliveryFailure(
      `SMTP ${e.responseCode}${during} (${permanent ? 'permanent' : 'temporary'})`,
      permanent,
    );
  }
  const code = typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code) ? e.code : 'error';
  // A malformed address or configuration fails the same way every time.
  const permanent = code === 'EENVELOPE' || code === 'ECONFIG';
  return new DeliveryFailure(
    `SMTP ${code}${during} (${permanent ? 'permanent' : 'temporary'})`,
    permanent,
  );
}
