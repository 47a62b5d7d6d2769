/**
 * The errors of answers that are not what a call of the REST adapter expects: an error status (with
 * or without the contract's error body), a redirect, a body that is not JSON, data that does not
 * match the contract. Loaded by `rest-request.ts` with the first such answer (a page's first calls
 * need none of it), and by the event stream of `order-calls.ts`.
 *
 * @module
 */
import { OrderZoneError, type OrderZoneErrorCode } from '../errors.ts';
import { errorCodeForStatus, isServerErrorCode } from './error-status.ts';
import { NOT_JSON, redirects, type ResponseIssue } from './rest-request.ts';

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The first issue of a check, as an error message names it: `items.0.price: Invalid input (invalid_type)`. */
function firstIssue(error: { issues: readonly ResponseIssue[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.message} (${issue.code})`;
}

/** Throws {@link redirectError} for an answer that redirects. */
export function refuseRedirect(label: string, response: Response): void {
  if (redirects(response)) throw redirectError(label, response);
}

/**
 * `bad_response` for an answer that redirects: the contract never redirects, and following it would
 * send the request's headers and body elsewhere. Names the status and `Location` when the runtime
 * shows them (a browser hides both behind an opaque redirect).
 */
export function redirectError(label: string, response: Response): OrderZoneError {
  if (response.type === 'opaqueredirect') {
    return new OrderZoneError('bad_response', `${label} answered with a redirect, which the contract does not allow; it was not followed (the browser hides its status and Location).`);
  }
  const location = response.headers.get('Location');
  return new OrderZoneError('bad_response', `${label} answered ${response.status} redirecting to ${location === null ? '(no Location header)' : JSON.stringify(location)}, which the contract does not allow; it was not followed.`, {
    status: response.status,
    details: { location },
  });
}

/**
 * The error for a non-2xx answer: the error body's code and message when it follows the contract,
 * else a code by status. A `quote` in `details` must be a valid quote, and the details of
 * `verification_required` a valid challenge (their schemas, with the order schemas, are loaded only
 * then: the catalog calls of the first paint do not need them; nor do they need the error body's
 * schema and its list of field error codes, loaded with the first error).
 */
export async function errorFromResponse(label: string, response: Response, json: unknown): Promise<OrderZoneError> {
  const status = response.status;
  const headerRetry = retryAfterSeconds(response.headers.get('Retry-After'));
  const body = json === NOT_JSON ? undefined : (await import('./error-body.ts')).readErrorBody(json);
  if (body) {
    const { code, message, fieldErrors, details, retryAfterSeconds: bodyRetry } = body.error;
    const known: OrderZoneErrorCode = isServerErrorCode(code) ? code : errorCodeForStatus(status);
    let checkedDetails = details;
    if (details && 'quote' in details) {
      const { QuoteSchema } = await import('../order/order-schema.ts');
      const quote = QuoteSchema.safeParse(details.quote);
      if (!quote.success) {
        return new OrderZoneError('bad_response', `${label} answered ${status} ${code} with a details.quote that does not match the contract: ${firstIssue(quote.error)}.`, { status });
      }
      checkedDetails = { ...details, quote: quote.data };
    }
    if (code === 'verification_required') {
      // The checkout can only ask for the code with a well-formed challenge.
      const { VerificationChallengeSchema } = await import('../order/order-schema.ts');
      const challenge = VerificationChallengeSchema.safeParse(details ?? {});
      if (!challenge.success) {
        return new OrderZoneError('bad_response', `${label} answered ${status} verification_required with details that are not a VerificationChallenge: ${firstIssue(challenge.error)}.`, { status });
      }
      checkedDetails = challenge.data;
    }
    const retry = bodyRetry ?? headerRetry;
    return new OrderZoneError(known, `${label} failed with ${status} ${code}: ${message}`, {
      status,
      ...(fieldErrors ? { fieldErrors } : {}),
      ...(checkedDetails ? { details: checkedDetails } : {}),
      ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
    });
  }
  const code = errorCodeForStatus(status);
  const what = code === 'bad_response' ? `an unexpected status ${status}` : `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new OrderZoneError(code, `${label} failed with ${what} and no contract error body.`, {
    status,
    ...(code === 'rate_limited' && headerRetry !== undefined ? { retryAfterSeconds: headerRetry } : {}),
  });
}

/** `bad_response` for a successful answer whose body is not JSON (or is empty). */
export function notJsonError(label: string, response: Response, text: string): OrderZoneError {
  return new OrderZoneError('bad_response', `${label} answered ${response.status} with a body that is not JSON${text.trim() === '' ? ' (empty)' : ''}.`, { status: response.status });
}

/** `bad_response` for a successful answer whose data does not match the contract: the first issue named, the first ten in `details.issues`. */
export function mismatchError(label: string, response: Response, error: { issues: readonly ResponseIssue[] }): OrderZoneError {
  return new OrderZoneError('bad_response', `${label} answered with data that does not match the contract: ${firstIssue(error)}.`, {
    status: response.status,
    details: { issues: error.issues.slice(0, 10) },
  });
}
