import { describe, expect, it } from 'vitest';
import { EXERCISES, EXERCISE_KINDS, resolveExercise } from '../../src/core/exercises/catalog.js';
import { buttonId } from '../../src/core/buttons.js';
import { EXERCISE_FLOWS, exerciseFlowName, followUpFlowName } from '../../src/core/exercises/flows.js';
import { parseLocalDateTime, quickFollowUps } from '../../src/core/exercises/when-step.js';
import { CHOICE_ID_MAX_BYTES } from '../../src/core/messages.js';

describe('exercise catalog', () => {
  it('turns every kind into flows with unique step ids and buttons within the platform limit', () => {
    for (const kind of EXERCISES) {
      const names = EXERCISE_FLOWS.map((flow) => flow.name);
      expect(names).toContain(exerciseFlowName(kind.kind));
      if (kind.followUp) expect(names).toContain(followUpFlowName(kind.kind));
      expect(Buffer.byteLength(buttonId('exerciseStart', kind.kind))).toBeLessThanOrEqual(CHOICE_ID_MAX_BYTES);
    }
    for (const flow of EXERCISE_FLOWS) expect(new Set(flow.steps.map((s) => s.id)).size).toBe(flow.steps.length);
    expect(Buffer.byteLength(buttonId('exerciseFollowUp', '0'.repeat(36)))).toBeLessThanOrEqual(CHOICE_ID_MAX_BYTES);
    expect(new Set(EXERCISE_KINDS.map((k) => k.kind)).size).toBe(EXERCISE_KINDS.length);
  });

  it('finds a kind by id, label or alias', () => {
    expect(resolveExercise('Safety plan')?.kind).toBe('safety_plan');
    expect(resolveExercise('behavioral_experiment')?.kind).toBe('behavioral_experiment');
    expect(resolveExercise('experiment')?.kind).toBe('behavioral_experiment');
    expect(resolveExercise('I-statement')?.kind).toBe('communication');
    expect(resolveExercise('yoga')).toBeUndefined();
    expect(resolveExercise('  ')).toBeUndefined();
  });
});

describe('follow-up times in the client’s timezone', () => {
  it('offers this evening only while there is time, and computes 20:00 local as UTC', () => {
    const sydneyLate = quickFollowUps(new Date('2026-01-15T12:00:00Z'), 'Australia/Sydney'); // 23:00 local
    expect(sydneyLate.map((q) => [q.value, q.at.toISOString()])).toEqual([
      ['tomorrow', '2026-01-16T09:00:00.000Z'],
      ['in3days', '2026-01-18T09:00:00.000Z'],
    ]);
    const newYorkMorning = quickFollowUps(new Date('2026-01-15T14:00:00Z'), 'America/New_York'); // 09:00 local
    expect(newYorkMorning[0]).toMatchObject({ value: 'tonight', at: new Date('2026-01-16T01:00:00Z') });
    expect(quickFollowUps(new Date('2026-01-16T00:45:00Z'), 'America/New_York').map((q) => q.value)).toEqual(['tomorrow', 'in3days']); // 19:45
  });

  it('keeps 20:00 local across a DST change', () => {
    // Berlin springs forward on Sunday 29 March 2026: 20:00 that day is 18:00 UTC, not 19:00.
    const [tomorrow] = quickFollowUps(new Date('2026-03-28T11:00:00Z'), 'Europe/Berlin').filter((q) => q.value === 'tomorrow');
    expect(tomorrow?.at.toISOString()).toBe('2026-03-29T18:00:00.000Z');
  });

  it('reads typed days and times', () => {
    const thursdayMorning = new Date('2026-01-15T14:00:00Z'); // Thu 09:00 in New York
    const parse = (text: string) => parseLocalDateTime(text, thursdayMorning, 'America/New_York')?.toISOString();
    expect(parse('friday 6pm')).toBe('2026-01-16T23:00:00.000Z');
    expect(parse('Fri at 18:00')).toBe('2026-01-16T23:00:00.000Z');
    expect(parse('thursday 8am')).toBe('2026-01-22T13:00:00.000Z'); // today's name means next week
    expect(parse('tomorrow')).toBe('2026-01-17T01:00:00.000Z'); // a day alone means 20:00
    expect(parse('today 21:30')).toBe('2026-01-16T02:30:00.000Z');
    expect(parse('tonight')).toBe('2026-01-16T01:00:00.000Z');
    expect(parse('2026-02-01 07:30')).toBe('2026-02-01T12:30:00.000Z');
    expect(parse('in 2 hours')).toBe('2026-01-15T16:00:00.000Z');
    expect(parse('in 3 days')).toBe('2026-01-18T14:00:00.000Z');
    for (const bad of ['someday', '2026-02-30 10:00', 'tomorrow 25:00', 'friday noonish', '']) expect(parse(bad)).toBeUndefined();
  });

  it('reads typed days and times in Spanish and German, accents optional', () => {
    const thursdayMorning = new Date('2026-01-15T14:00:00Z'); // Thu 09:00 in New York
    const parse = (text: string) => parseLocalDateTime(text, thursdayMorning, 'America/New_York')?.toISOString();
    expect(parse('mañana 18:30')).toBe('2026-01-16T23:30:00.000Z');
    expect(parse('manana a las 6 p. m.')).toBe('2026-01-16T23:00:00.000Z');
    expect(parse('viernes 18:00')).toBe('2026-01-16T23:00:00.000Z');
    expect(parse('miercoles')).toBe('2026-01-22T01:00:00.000Z'); // a day alone means 20:00
    expect(parse('Miércoles 9:00')).toBe('2026-01-21T14:00:00.000Z');
    expect(parse('hoy 21:30')).toBe('2026-01-16T02:30:00.000Z');
    expect(parse('esta noche')).toBe('2026-01-16T01:00:00.000Z');
    expect(parse('en 2 horas')).toBe('2026-01-15T16:00:00.000Z');
    expect(parse('morgen um 18:30 Uhr')).toBe('2026-01-16T23:30:00.000Z');
    expect(parse('Freitag 18 Uhr')).toBe('2026-01-16T23:00:00.000Z');
    expect(parse('heute Abend')).toBe('2026-01-16T01:00:00.000Z');
    expect(parse('Sonntag 9.30 Uhr')).toBe('2026-01-18T14:30:00.000Z');
    expect(parse('in 3 Tagen')).toBe('2026-01-18T14:00:00.000Z');
    for (const bad of ['algún día', 'irgendwann', 'mañana 25:00', 'en 2 lunas', 'mi 9:00']) expect(parse(bad)).toBeUndefined();
  });
});
