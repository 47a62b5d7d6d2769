/**
 * The one error of the payments settings: a setting that cannot work stops the server at start,
 * with a code to branch on and a message naming the setting (never its value when it is a secret).
 *
 * @module
 */

/** Why the payments settings were refused. */
export type PaymentsConfigErrorCode =
  /** The simulated provider is enabled in production without `ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1`. */
  | 'simulated_in_production'
  /** A setting a configured provider needs is missing. */
  | 'missing_setting'
  /** A setting has a value that cannot work (a URL, a key, a number). */
  | 'bad_setting'
  /** A payment method is mapped to a provider that is not configured, or an unknown provider is named. */
  | 'unknown_provider'
  /** Two providers have the same name. */
  | 'duplicate_provider';

/** A payments setting that cannot work. */
export class PaymentsConfigError extends Error {
  override name = 'PaymentsConfigError';
  readonly code: PaymentsConfigErrorCode;

  constructor(code: PaymentsConfigErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
