import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';

export interface MailAttachment { filename: string; contentType: string; contentBase64: string }
export interface MailToSend {
  from: string; to: string; toName?: string | null; subject: string; html: string; text: string;
  messageId: string; headers?: Record<string, string>; attachments?: MailAttachment[];
}

/** Sends one message. `viewer` keeps mail in the outbox for the staff mail viewer (no SMTP_URL set). */
export interface Mailer {
  readonly kind: 'smtp' | 'viewer';
  send(mail: MailToSend): Promise<void>;
  close(): void;
}

export class PermanentMailError extends Error {}

export function createMailer(config: Pick<Config, 'smtpUrl'>, opts: { maxConnections?: number } = {}): Mailer {
  if (!config.smtpUrl) return { kind: 'viewer', send: async () => {}, close: () => {} };
  const transport: Transporter = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: opts.maxConnections ?? 5,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as nodemailer.TransportOptions);
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        await transport.sendMail({
          from: mail.from,
          to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          messageId: mail.messageId,
          headers: mail.headers,
          attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') })),
        });
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        // 5xx from the receiving server is final (unknown mailbox, rejected); everything else is retried.
        if (code && code >= 500 && code < 600) throw new PermanentMailError((err as Error).message);
        throw err;
      }
    },
    close: () => transport.close(),
  };
}
