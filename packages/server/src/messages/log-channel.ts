/**
 * The log channel, for development: instead of sending, it writes one line per message. The
 * destination is always masked. The code is in the line only when `revealCodes` is set, which
 * `readMessageConfig` does outside production only, so a developer can sign in without an SMS
 * provider while a production log never holds a working code.
 *
 * @module
 */
import { maskDestination } from '@orderzone/embedded-backend';
import type { ChannelKind, MessageChannel, OutgoingMessage } from './message-channel.ts';

/** Options of {@link createLogChannel}. */
export interface LogChannelOptions {
  /** Put the code (of a code message) in the line. Never in production. */
  revealCodes: boolean;
  /** Where the line goes. Default `console.info`. */
  write?: (line: string) => void;
}

/** The line the log channel writes for `message`. */
export function logLine(message: OutgoingMessage, revealCodes: boolean): string {
  const code = message.params.code;
  const what = code === undefined ? '' : revealCodes ? `: code ${code}` : ' (code not shown in production)';
  return `[orderzone messages] not sent (log channel): ${message.kind} by ${message.channel} to ${maskDestination(message.channel, message.to)}, message ${message.id}${what}`;
}

/** A channel of `kind` that only writes a line per message (see the module). */
export function createLogChannel(kind: ChannelKind, options: LogChannelOptions): MessageChannel {
  const write = options.write ?? ((line: string) => console.info(line));
  return {
    kind,
    name: 'log',
    async send(message) {
      write(logLine(message, options.revealCodes));
    },
  };
}
