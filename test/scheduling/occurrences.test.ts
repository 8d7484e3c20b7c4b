import { describe, expect, it } from 'vitest';
import { inQuietHours, instantOf, nextOccurrence, parseDays } from '../../src/core/time.js';

const iso = (d: Date) => d.toISOString();

describe('daily prompt instants across DST and odd offsets', () => {
  it('America/New_York spring forward: 02:30 does not exist and fires when the clocks jump (03:00 EDT)', () => {
    expect(iso(instantOf('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(instantOf('2026-03-08', '20:00', 'America/New_York'))).toBe('2026-03-09T00:00:00.000Z');
    expect(iso(instantOf('2026-03-07', '20:00', 'America/New_York'))).toBe('2026-03-08T01:00:00.000Z');
  });

  it('America/New_York fall back: 01:30 happens twice and fires once, at the first', () => {
    expect(iso(instantOf('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    const first = nextOccurrence({ time: '01:30', days: 'daily', zone: 'America/New_York', after: new Date('2026-11-01T04:00:00Z') });
    expect(first).toEqual({ dueAt: new Date('2026-11-01T05:30:00Z'), localDate: '2026-11-01' });
    // After firing, the second 01:30 (06:30Z) is the same local date: not again.
    const next = nextOccurrence({ time: '01:30', days: 'daily', zone: 'America/New_York', after: first.dueAt, lastLocalDate: first.localDate });
    expect(next).toEqual({ dueAt: new Date('2026-11-02T06:30:00Z'), localDate: '2026-11-02' });
  });

  it('Europe/London both transitions', () => {
    expect(iso(instantOf('2026-03-29', '01:30', 'Europe/London'))).toBe('2026-03-29T01:00:00.000Z'); // gap 01:00→02:00
    expect(iso(instantOf('2026-10-25', '01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z'); // first of two
    expect(iso(instantOf('2026-07-01', '20:00', 'Europe/London'))).toBe('2026-07-01T19:00:00.000Z');
  });

  it('Australia/Lord_Howe shifts by 30 minutes', () => {
    // DST starts first Sunday of October 2026 (Oct 4): 02:00 → 02:30 local (+10:30 → +11:00).
    expect(iso(instantOf('2026-10-04', '02:15', 'Australia/Lord_Howe'))).toBe('2026-10-03T15:30:00.000Z');
    // DST ends first Sunday of April 2026 (Apr 5): 02:00 → 01:30; 01:45 happens twice.
    expect(iso(instantOf('2026-04-05', '01:45', 'Australia/Lord_Howe'))).toBe('2026-04-04T14:45:00.000Z');
  });

  it('America/Havana changes at midnight: 00:30 does not exist on the spring day', () => {
    // Cuba: clocks go 00:00 → 01:00 on the second Sunday of March (2026-03-08).
    expect(iso(instantOf('2026-03-08', '00:30', 'America/Havana'))).toBe('2026-03-08T05:00:00.000Z');
    expect(nextOccurrence({ time: '00:30', days: 'daily', zone: 'America/Havana', after: new Date('2026-03-08T03:00:00Z') }).localDate).toBe('2026-03-08');
  });

  it('Pacific/Chatham at UTC+12:45/+13:45', () => {
    expect(iso(instantOf('2026-07-01', '20:00', 'Pacific/Chatham'))).toBe('2026-07-01T07:15:00.000Z');
    expect(iso(instantOf('2026-01-15', '20:00', 'Pacific/Chatham'))).toBe('2026-01-15T06:15:00.000Z');
  });

  it('a timezone change mid-day never gives a second prompt for a local date already prompted', () => {
    // Prompted at 20:00 in New York on 2026-06-10 (00:00Z on the 11th); the person moves to Honolulu
    // (UTC−10), where it is still 2026-06-10 14:00: today's 20:00 there must not fire again.
    const next = nextOccurrence({ time: '20:00', days: 'daily', zone: 'Pacific/Honolulu', after: new Date('2026-06-11T00:05:00Z'), lastLocalDate: '2026-06-10' });
    expect(next).toEqual({ dueAt: new Date('2026-06-12T06:00:00Z'), localDate: '2026-06-11' });
    // Moving east the other way: Berlin is already on the 11th at 02:05, its 20:00 is still ahead.
    const east = nextOccurrence({ time: '20:00', days: 'daily', zone: 'Europe/Berlin', after: new Date('2026-06-11T00:05:00Z'), lastLocalDate: '2026-06-10' });
    expect(east).toEqual({ dueAt: new Date('2026-06-11T18:00:00Z'), localDate: '2026-06-11' });
  });

  it('respects the days of the week', () => {
    // 2026-11-20 is a Friday.
    const next = nextOccurrence({ time: '09:00', days: 'weekdays', zone: 'UTC', after: new Date('2026-11-20T10:00:00Z') });
    expect(next.localDate).toBe('2026-11-23');
    expect(nextOccurrence({ time: '09:00', days: 'mon,wed', zone: 'UTC', after: new Date('2026-11-23T10:00:00Z') }).localDate).toBe('2026-11-25');
    expect(parseDays('funday')).toBeUndefined();
  });

  it('knows quiet hours, including ones that wrap midnight', () => {
    const at = (h: string) => new Date(`2026-06-10T${h}:00Z`);
    expect(inQuietHours(at('23:30'), 'UTC', '22:00', '07:00')).toBe(true);
    expect(inQuietHours(at('06:59'), 'UTC', '22:00', '07:00')).toBe(true);
    expect(inQuietHours(at('07:00'), 'UTC', '22:00', '07:00')).toBe(false);
    expect(inQuietHours(at('13:00'), 'UTC', '12:00', '14:00')).toBe(true);
    expect(inQuietHours(at('13:00'), 'UTC', null, null)).toBe(false);
  });
});
