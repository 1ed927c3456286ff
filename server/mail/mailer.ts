import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
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

const CONNECT_TIMEOUT_MS = 10_000;

/** The pooled transport's options (also the raw baseline of the outbox benchmark). */
export function smtpTransportOptions(smtpUrl: string, maxConnections: number): nodemailer.TransportOptions {
  return {
    // nodemailer's own reading of the URL (host, port, auth, secure, ?tls.… options), as `url:` did before.
    ...parseConnectionUrl(smtpUrl),
    getSocket: openNoDelaySocket,
    pool: true,
    maxConnections,
    maxMessages: Infinity,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as nodemailer.TransportOptions;
}

/** Opens the TCP connection with Nagle's algorithm off. SMTP is a dialogue of small writes; with Nagle on, the
 *  end of each message waited for the server's delayed ACK (~40 ms per message, measured on loopback). TLS
 *  (smtps, STARTTLS) is still set up by nodemailer on this socket. */
function openNoDelaySocket(options: { host?: string; port?: number; secure?: boolean }, callback: (err: Error | null, socket?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host ?? 'localhost', port: options.port ?? (options.secure ? 465 : 587) });
  socket.setNoDelay(true);
  // nodemailer's connectionTimeout starts only once it has the socket, so the TCP connect gets its own limit.
  socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error(`SMTP connection timed out after ${CONNECT_TIMEOUT_MS} ms`)));
  socket.once('error', (err) => callback(err));
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.removeAllListeners('error');
    callback(null, { connection: socket });
  });
}
