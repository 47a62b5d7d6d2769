import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FieldError } from '../errors.ts';
import { coreMessages } from '../i18n/core-messages.ts';
import { createTranslator, describeFieldError } from '../i18n/messages.ts';
import { fieldErrorsOf } from '../testing/field-errors-of.ts';
import { validateSeatSelection, type SeatMap } from './seat-map.ts';
import { priceStay, type StayRules } from './stay-pricing.ts';

const room: StayRules = { defaultPrice: { amount: 48_800, currency: 'CNY' }, closedNights: ['2026-05-20'], minNights: 2 };
const hall: SeatMap = {
  zones: [{ id: 'standard', name: 'Standard', price: { amount: 4_500, currency: 'CNY' } }],
  sections: [{ id: 's', name: 'Stalls', rows: [{ id: 'A', label: 'Row A', seats: [{ id: 'A1', label: 'A1', zoneId: 'standard' }, { id: 'A2', label: 'A2', zoneId: 'standard', unavailable: true }] }] }],
};

/** What a shopper reads for each problem the booking rules report, in both shipped languages. */
function sentences(run: () => unknown): { en: string[]; zh: string[] } {
  const errors = fieldErrorsOf(run) as FieldError[];
  const en = createTranslator('en-US', coreMessages);
  const zh = createTranslator('zh-CN', coreMessages);
  return { en: errors.map((e) => describeFieldError(e, en)), zh: errors.map((e) => describeFieldError(e, zh)) };
}

describe('booking problems in words', () => {
  test('a stay that is too short or includes a closed night', () => {
    assert.deepEqual(sentences(() => priceStay(room, '2026-05-20', '2026-05-21', 'CNY')), {
      en: ['The minimum stay is 2 nights.', 'The night of 2026-05-20 is not available.'],
      zh: ['最少需入住 2 晚。', '2026-05-20 当晚不可预订。'],
    });
  });

  test('check-out before check-in', () => {
    assert.deepEqual(sentences(() => priceStay(room, '2026-05-10', '2026-05-08', 'CNY')).en, ['Check-out must be after check-in.']);
  });

  test('too many seats, an unknown seat and a seat no longer free', () => {
    assert.deepEqual(sentences(() => validateSeatSelection(hall, ['A1', 'A2', 'Z9'], [], 2)), {
      en: ['You can choose at most 2 seats per order.', 'Seat A2 is no longer available.', 'Seat Z9 does not exist in this venue.'],
      zh: ['每单最多可选 2 个座位。', '座位 A2 已不可选。', '座位 Z9 不存在。'],
    });
  });
});
