import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, normalizeCreditCode } from './credit-code.ts';

/** Real codes as printed on business licences (the first is the worked example of GB 32100-2015). */
const REAL_CODES = ['91350100M000100Y43', '91330100799655058B', '9144030071526726XG', '914403001922038216', '91110108551385082Q', '91440300708461136T', '91110000710925462X'];

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real codes, with the check character computed from the first 17', () => {
    for (const code of REAL_CODES) {
      assert.equal(creditCodeProblem(code), undefined, code);
      assert.equal(creditCodeCheckCharacter(code.slice(0, 17)), code[17], code);
    }
  });

  it('computes a check value of 31 as 0 and values 10–30 as letters', () => {
    // 17 zeros weigh 0: 31 − 0 = 31, which the standard writes as 0.
    assert.equal(creditCodeCheckCharacter('00000000000000000'), '0');
    assert.equal(creditCodeCheckCharacter('9144030071526726X'), 'G');
    assert.equal(creditCodeCheckCharacter('91110000710925462'), 'X');
  });

  it('reports a mistyped character as a check-digit problem', () => {
    assert.equal(creditCodeProblem('91350100M000100Y44'), 'check_digit');
    // Two neighbouring characters swapped.
    assert.equal(creditCodeProblem('91330100796955058B'), 'check_digit');
    // One character changed in the middle.
    assert.equal(creditCodeProblem('914403001922038316'), 'check_digit');
  });

  it('reports a wrong length or a character outside the set as a format problem', () => {
    assert.equal(creditCodeProblem('91350100M000100Y4'), 'format');
    assert.equal(creditCodeProblem('91350100M000100Y433'), 'format');
    // I, O, Z, S and V are not used (they look like 1, 0, 2, 5 and U).
    assert.equal(creditCodeProblem('91350100M0O0100Y43'), 'format');
    assert.equal(creditCodeProblem('91350100S000100Y43'), 'format');
    assert.equal(creditCodeProblem(''), 'format');
  });

  it('judges the code after removing spaces and hyphens and upper-casing', () => {
    assert.equal(normalizeCreditCode(' 9135 0100-m000 100y 43 '), '91350100M000100Y43');
    assert.equal(isValidCreditCode('9144 0300 7152 6726 xg'), true);
    assert.equal(isValidCreditCode('9144 0300 7152 6726 xh'), false);
  });
});
