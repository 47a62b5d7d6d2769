/**
 * A message as a short document of blocks, written once per language (`wording-*.ts`) and rendered
 * twice (`render-message.ts`): as plain text and as HTML. Text and HTML therefore always say the
 * same thing.
 *
 * @module
 */
import type { MessageContent } from './message-content.ts';

/** One block of a message. */
export type MessageBlock =
  /** A paragraph. */
  | { type: 'paragraph'; text: string }
  /** A one-time code, shown large. */
  | { type: 'code'; code: string }
  /** Label–value pairs (order number, total, tracking number...). */
  | { type: 'fields'; rows: readonly (readonly [label: string, value: string])[] }
  /** An order's lines: title (and variant) with quantity. */
  | { type: 'lines'; lines: readonly { title: string; variant?: string; quantity: number }[] };

/** A message before rendering. */
export interface MessageDocument {
  subject: string;
  /** The first line under the shop's name. */
  heading: string;
  blocks: MessageBlock[];
}

/** How dates and amounts are shown in a message. */
export interface WordingContext {
  /** The shop's name in the message's language. */
  shopName: string;
  /** An ISO 8601 date-time as the shop's local date and time. */
  formatDateTime(iso: string): string;
  /** An amount in minor units, formatted with `Intl` for the language. */
  formatMoney(money: { amount: number; currency: string }): string;
}

/** The words of every message in one language. */
export interface MessageWording {
  /** The `<html lang>` and the language of every sentence. */
  readonly locale: string;
  document(content: MessageContent, context: WordingContext): MessageDocument;
  /** The closing line of every message. */
  footer(context: WordingContext): string;
  /** How many of a line were ordered, e.g. `× 2`. */
  quantity(quantity: number): string;
}
