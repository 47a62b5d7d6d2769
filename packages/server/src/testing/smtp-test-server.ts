/**
 * A real SMTP server for the message tests (`smtp-server`), on 127.0.0.1 and a free port: it receives
 * what the e-mail channel sends, parses it (`mailparser`), and can refuse messages the way mail
 * servers do (a 4xx reply: try later; a 5xx reply: refused for good). Test-only.
 *
 * @module
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the server accepted. */
export interface ReceivedMail {
  /** The envelope's recipients. */
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

/** How the server answers the `n`-th message it is sent (1-based): accept (undefined) or refuse with a reply code. */
export type SmtpBehaviour = (n: number) => { replyCode: number; message: string } | undefined;

export interface SmtpTestServer {
  port: number;
  /** Messages accepted, in order. */
  received: ReceivedMail[];
  /** Messages refused. */
  refused: number;
  /** Changes how later messages are answered. */
  behave(behaviour: SmtpBehaviour): void;
  /** Resolves once `count` messages were accepted (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server. `delayMs` holds each message that long before answering (a slow server). */
export async function startSmtpTestServer(options: { behaviour?: SmtpBehaviour; delayMs?: number } = {}): Promise<SmtpTestServer> {
  let behaviour: SmtpBehaviour = options.behaviour ?? (() => undefined);
  let seen = 0;
  const state = { received: [] as ReceivedMail[], refused: 0 };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const n = ++seen;
        const answer = async () => {
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          const refusal = behaviour(n);
          if (refusal) {
            state.refused++;
            return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.replyCode }));
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          state.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed: await simpleParser(raw) });
          callback();
        };
        void answer();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return {
    port,
    get received() {
      return state.received;
    },
    get refused() {
      return state.refused;
    },
    behave(next) {
      behaviour = next;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (state.received.length < count) {
        if (Date.now() > until) throw new Error(`Expected ${count} messages, received ${state.received.length}.`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
