import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatInstant } from './date-format.ts';

describe('date-format', () => {
  it('shows an instant in the shopper’s language, with or without the time', () => {
    const iso = '2026-12-06T10:30:00Z';
    const local = new Date(iso);
    expect(formatInstant(iso, 'en-US')).to.equal(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(local));
    expect(formatInstant(iso, 'zh-CN', 'date')).to.equal(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(local));
    expect(formatInstant(iso, 'zh-CN', 'date')).to.match(/^2026年12月\d+日$/);
  });

  it('says nothing for a missing or malformed instant, so the caller chooses what shows', () => {
    expect(formatInstant(undefined, 'en-US')).to.equal(undefined);
    expect(formatInstant('', 'en-US')).to.equal(undefined);
    expect(formatInstant('next Tuesday', 'en-US')).to.equal(undefined);
  });

  it('shows a calendar date as that very day, in both languages', () => {
    expect(formatCalendarDate('2026-12-20', 'en-US')).to.equal('Dec 20, 2026');
    expect(formatCalendarDate('2026-12-20', 'zh-CN')).to.equal('2026年12月20日');
    expect(formatCalendarDate('2026-01-01', 'en-US')).to.equal('Jan 1, 2026');
  });

  it('refuses what is not a calendar date', () => {
    expect(formatCalendarDate('2026-12-20T10:00:00Z', 'en-US')).to.equal(undefined);
    expect(formatCalendarDate('2026-13-45', 'en-US')).to.equal(undefined);
    expect(formatCalendarDate('20/12/2026', 'en-US')).to.equal(undefined);
  });
});
