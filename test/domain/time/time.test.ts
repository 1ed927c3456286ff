import assert from 'node:assert/strict';
import {
  addDays,
  formatDate,
  formatDateTime,
  formatTime,
  parseDateInput,
  parseTimeInput,
  startOfStockholmDay,
  stockholmLocalToUtc,
} from '../../../server/domain/time';

const utc = (iso: string) => new Date(iso);

describe('domain/time', () => {
  describe('formatting in Europe/Stockholm', () => {
    it('winter date is UTC+1', () => {
      assert.equal(formatDateTime(utc('2026-01-15T09:00:00Z')), '2026-01-15 kl. 10:00');
    });

    it('summer date is UTC+2', () => {
      const d = utc('2026-06-12T08:00:00Z');
      assert.equal(formatDate(d), '2026-06-12');
      assert.equal(formatTime(d), '10:00');
      assert.equal(formatDateTime(d), '2026-06-12 kl. 10:00');
    });

    it('uses the Stockholm date, not the UTC date, near midnight', () => {
      assert.equal(formatDate(utc('2026-06-11T22:30:00Z')), '2026-06-12');
      assert.equal(formatTime(utc('2026-06-11T22:30:00Z')), '00:30');
      assert.equal(formatDate(utc('2026-12-31T23:00:00Z')), '2027-01-01');
    });

    it('spring change 2026-03-29: 01:59 CET is followed by 03:00 CEST', () => {
      assert.equal(formatDateTime(utc('2026-03-29T00:59:00Z')), '2026-03-29 kl. 01:59');
      assert.equal(formatDateTime(utc('2026-03-29T01:00:00Z')), '2026-03-29 kl. 03:00');
    });

    it('autumn change 2026-10-25: 02:30 happens twice', () => {
      assert.equal(formatTime(utc('2026-10-25T00:30:00Z')), '02:30');
      assert.equal(formatTime(utc('2026-10-25T01:30:00Z')), '02:30');
      assert.equal(formatTime(utc('2026-10-25T02:30:00Z')), '03:30');
    });
  });

  describe('stockholmLocalToUtc', () => {
    it('winter and summer', () => {
      assert.equal(stockholmLocalToUtc('2026-01-15', '10:00').toISOString(), '2026-01-15T09:00:00.000Z');
      assert.equal(stockholmLocalToUtc('2026-06-12', '10:00').toISOString(), '2026-06-12T08:00:00.000Z');
    });

    it('the days around the spring change', () => {
      assert.equal(stockholmLocalToUtc('2026-03-28', '10:00').toISOString(), '2026-03-28T09:00:00.000Z');
      assert.equal(stockholmLocalToUtc('2026-03-29', '01:59').toISOString(), '2026-03-29T00:59:00.000Z');
      assert.equal(stockholmLocalToUtc('2026-03-29', '03:00').toISOString(), '2026-03-29T01:00:00.000Z');
      assert.equal(stockholmLocalToUtc('2026-03-29', '10:00').toISOString(), '2026-03-29T08:00:00.000Z');
    });

    it('a time in the spring gap moves forward by the gap (02:30 → 03:30 CEST)', () => {
      const d = stockholmLocalToUtc('2026-03-29', '02:30');
      assert.equal(d.toISOString(), '2026-03-29T01:30:00.000Z');
      assert.equal(formatTime(d), '03:30');
    });

    it('an ambiguous autumn time takes the earlier instant (summer time)', () => {
      assert.equal(stockholmLocalToUtc('2026-10-25', '02:30').toISOString(), '2026-10-25T00:30:00.000Z');
      assert.equal(stockholmLocalToUtc('2026-10-25', '01:59').toISOString(), '2026-10-24T23:59:00.000Z');
      assert.equal(stockholmLocalToUtc('2026-10-25', '03:00').toISOString(), '2026-10-25T02:00:00.000Z');
    });

    it('throws on invalid input', () => {
      assert.throws(() => stockholmLocalToUtc('2026-02-30', '10:00'), RangeError);
      assert.throws(() => stockholmLocalToUtc('2026-02-28', '25:00'), RangeError);
    });
  });

  describe('parseDateInput / parseTimeInput', () => {
    it('normalises valid dates and rejects impossible ones', () => {
      assert.equal(parseDateInput('2026-06-12'), '2026-06-12');
      assert.equal(parseDateInput(' 2026-6-1 '), '2026-06-01');
      assert.equal(parseDateInput('2028-02-29'), '2028-02-29');
      assert.equal(parseDateInput('2026-02-29'), null);
      assert.equal(parseDateInput('2026-02-30'), null);
      assert.equal(parseDateInput('2026-13-01'), null);
      assert.equal(parseDateInput('2026-00-10'), null);
      assert.equal(parseDateInput('12/06/2026'), null);
      assert.equal(parseDateInput(''), null);
    });

    it('normalises valid times and rejects impossible ones', () => {
      assert.equal(parseTimeInput('10:00'), '10:00');
      assert.equal(parseTimeInput('9:05'), '09:05');
      assert.equal(parseTimeInput('10.30'), '10:30');
      assert.equal(parseTimeInput('00:00'), '00:00');
      assert.equal(parseTimeInput('23:59'), '23:59');
      assert.equal(parseTimeInput('24:00'), null);
      assert.equal(parseTimeInput('25:00'), null);
      assert.equal(parseTimeInput('10:60'), null);
      assert.equal(parseTimeInput('1000'), null);
    });
  });

  describe('addDays', () => {
    it('keeps the wall-clock time across the spring change (47 hours)', () => {
      const before = stockholmLocalToUtc('2026-03-27', '10:00');
      const after = addDays(before, 2);
      assert.equal(formatDateTime(after), '2026-03-29 kl. 10:00');
      assert.equal(after.getTime() - before.getTime(), 47 * 3_600_000);
    });

    it('keeps the wall-clock time across the autumn change (49 hours), also backwards', () => {
      const meeting = stockholmLocalToUtc('2026-10-26', '10:00');
      const reminder = addDays(meeting, -2);
      assert.equal(formatDateTime(reminder), '2026-10-24 kl. 10:00');
      assert.equal(meeting.getTime() - reminder.getTime(), 49 * 3_600_000);
    });

    it('rolls over month and year ends and keeps seconds', () => {
      assert.equal(formatDateTime(addDays(stockholmLocalToUtc('2026-12-31', '08:15'), 1)), '2027-01-01 kl. 08:15');
      assert.equal(addDays(utc('2026-06-12T08:00:30.250Z'), 1).toISOString(), '2026-06-13T08:00:30.250Z');
    });
  });

  describe('startOfStockholmDay', () => {
    it('is local midnight, in winter and summer', () => {
      assert.equal(startOfStockholmDay(utc('2026-01-15T15:00:00Z')).toISOString(), '2026-01-14T23:00:00.000Z');
      assert.equal(startOfStockholmDay(utc('2026-06-12T15:00:00Z')).toISOString(), '2026-06-11T22:00:00.000Z');
    });

    it('on the DST days themselves', () => {
      assert.equal(startOfStockholmDay(utc('2026-03-29T12:00:00Z')).toISOString(), '2026-03-28T23:00:00.000Z');
      assert.equal(startOfStockholmDay(utc('2026-10-25T12:00:00Z')).toISOString(), '2026-10-24T22:00:00.000Z');
    });

    it('just after midnight Stockholm time belongs to the new day', () => {
      assert.equal(startOfStockholmDay(utc('2026-06-11T22:10:00Z')).toISOString(), '2026-06-11T22:00:00.000Z');
    });
  });
});
