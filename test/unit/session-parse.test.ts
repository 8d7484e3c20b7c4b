import { describe, expect, it } from 'vitest';
import { parseSessionArgs } from '../../src/core/therapists/session.js';

describe('reading /between session', () => {
  it('splits the alias from the time, a weekly slot, clear, a timezone — and keeps "Client 1" whole', () => {
    expect(parseSessionArgs('Client 1')).toEqual({ alias: 'Client 1', when: { kind: 'show' } });
    expect(parseSessionArgs('Client 1 clear')).toEqual({ alias: 'Client 1', when: { kind: 'clear' } });
    expect(parseSessionArgs('Client 12 2026-12-10 15:00')).toEqual({ alias: 'Client 12', when: { kind: 'once', date: { iso: '2026-12-10' }, time: '15:00' } });
    expect(parseSessionArgs('Robin tue 15:00 weekly Europe/London')).toEqual({ alias: 'Robin', when: { kind: 'weekly', weekday: 2, time: '15:00', zone: 'Europe/London' } });
    expect(parseSessionArgs('Robin every Tuesday 3 pm')).toEqual({ alias: 'Robin', when: { kind: 'weekly', weekday: 2, time: '15:00' } });
    expect(parseSessionArgs('Robin Grey tomorrow 9am Berlin')).toEqual({ alias: 'Robin Grey', when: { kind: 'once', date: { relative: 1 }, time: '09:00', zone: 'Europe/Berlin' } });
    expect(parseSessionArgs('Robin fri 15:00')).toEqual({ alias: 'Robin', when: { kind: 'once', date: { weekday: 5 }, time: '15:00' } });
    expect(parseSessionArgs('Robin 2026-02-30 15:00')).toMatchObject({ alias: 'Robin', error: expect.stringContaining('not a date on the calendar') });
    expect(parseSessionArgs('Robin someday 15:00')).toMatchObject({ alias: 'Robin', error: expect.stringContaining('someday') });
    expect(parseSessionArgs('')).toBeUndefined();
  });
});
