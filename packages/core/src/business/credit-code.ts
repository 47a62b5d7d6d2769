/**
 * The unified social credit code (统一社会信用代码) of a company or organisation in China, as
 * defined by GB 32100-2015: 18 characters from a 31-character set (digits and upper-case letters
 * without I, O, Z, S and V), the last one a check character computed from the first 17.
 *
 * @module
 */

/** The characters a code may contain, in the order of their values 0–30 (GB 32100-2015, table 1). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The weight of each of the first 17 positions (3^(i) mod 31, GB 32100-2015 §5.2). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const SHAPE = new RegExp(`^[${CREDIT_CODE_CHARSET}]{18}$`);

/** What is wrong with a code: `format` (not 18 characters of the set) or `check_digit` (the 18th does not match). */
export type CreditCodeProblem = 'format' | 'check_digit';

/**
 * The code as it is stored and compared: spaces and hyphens removed, letters upper-cased
 * (`9135 0100 m000 100y 43` → `91350100M000100Y43`).
 */
export function normalizeCreditCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * The check character for the first 17 characters of a code (already normalized), or `undefined`
 * when they are not 17 characters of the set: 31 − (Σ value × weight mod 31), where 31 becomes 0.
 */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * What is wrong with a unified social credit code, judged after `normalizeCreditCode`, or
 * `undefined` when it is valid.
 */
export function creditCodeProblem(value: string): CreditCodeProblem | undefined {
  const code = normalizeCreditCode(value);
  if (!SHAPE.test(code)) return 'format';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'check_digit';
}

/** True for a unified social credit code whose check character matches (after `normalizeCreditCode`). */
export function isValidCreditCode(value: string): boolean {
  return creditCodeProblem(value) === undefined;
}
