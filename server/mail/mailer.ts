import net from 'node:net';
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
  const transport: Transporter = nodemailer.createTransport(smtpTransportOptions(config.smtpUrl, opts.maxConnections ?? 5));
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

/** The pooled transport's options (also the raw baseline of the outbox benchmark). */
export function smtpTransportOptions(smtpUrl: string, maxConnections: number): nodemailer.TransportOptions {
  return {
    ...serverOptions(smtpUrl),
    getSocket: openNoDelaySocket,
    pool: true,
    maxConnections,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as nodemailer.TransportOptions;
}

/** SMTP_URL (smtp://user:pass@host:port or smtps://…) as nodemailer's host options. */
function serverOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : secure ? 465 : 587, secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
  };
}

/** Opens the TCP connection with Nagle's algorithm off. SMTP is a dialogue of small writes; with Nagle on, the
 *  end of each message waited for the server's delayed ACK (~40 ms per message, measured on loopback). TLS
 *  (smtps, STARTTLS) is still set up by nodemailer on this socket. */
function openNoDelaySocket(options: { host: string; port: number }, callback: (err: Error | null, socket?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host, port: options.port });
  socket.setNoDelay(true);
  socket.once('error', (err) => callback(err));
  socket.once('connect', () => {
    socket.removeAllListeners('error');
    callback(null, { connection: socket });
  });
}
