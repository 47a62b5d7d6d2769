/**
 * A key or secret of a payment provider, wrapped so that it cannot end up in a log, an error message
 * or a JSON answer by accident: printing, `String()`, `JSON.stringify()` and `util.inspect()` all
 * give `[secret]`. Only {@link Secret.reveal} gives the value, at the one place that uses it.
 *
 * @module
 */
import { inspect } from 'node:util';

const REDACTED = '[secret]';

/** A secret value that never prints itself. */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The value, for the SDK call that needs it. Never log it. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
