import { describe, expect, it } from 'vitest';
import { CONSOLE_CAPABILITIES } from '../../adapters/console/index.js';
import { deliverable } from '../../src/core/adapter.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { homeworkLines, homeworkStreak, scoreChangeLines } from '../../src/core/summaries/client-progress.js';

const point = (instrument: string, total: number, localDate: string, version = 'en-2') => ({ instrument, version, total, localDate });
const text = (lines: string[]) => lines.map(plainText);

describe('the client’s scores in plain language', () => {
  it('says whether a change is more than day-to-day variation, from the first score to the latest', () => {
    expect(text(scoreChangeLines([point('phq9', 18, '2026-01-05'), point('phq9', 14, '2026-01-19'), point('phq9', 11, '2026-02-02')]))).toEqual([
      '',
      'What your scores show',
      'PHQ-9: 18 on Mon 5 Jan, 11 on Mon 2 Feb. A change this size is more than day-to-day variation — a real improvement.',
    ]);
    expect(text(scoreChangeLines([point('phq9', 18, '2026-01-05'), point('phq9', 12, '2026-02-02')]))[2]).toMatch(/within ordinary day-to-day variation\.$/);
    expect(text(scoreChangeLines([point('gad7', 6, '2026-01-05'), point('gad7', 12, '2026-02-02')]))[2]).toMatch(/more than day-to-day variation\. It could help to talk it over with your therapist\.$/);
  });

  it('says so when the score is out of the clinical range, and reads the WHO-5 the right way up', () => {
    expect(text(scoreChangeLines([point('gad7', 14, '2026-01-05'), point('gad7', 7, '2026-02-02')]))[2]).toMatch(/a real improvement, and your score is now outside the range/);
    expect(text(scoreChangeLines([point('who5', 40, '2026-01-05'), point('who5', 52, '2026-02-02')]))[2]).toMatch(/a real improvement, and your score is now outside the range/);
    expect(text(scoreChangeLines([point('who5', 60, '2026-01-05'), point('who5', 48, '2026-02-02')]))[2]).toMatch(/talk it over with your therapist/);
  });

  it('one score, no scores, several instruments: each kept apart', () => {
    expect(scoreChangeLines([])).toEqual([]);
    expect(text(scoreChangeLines([point('phq8', 12, '2026-01-05'), point('gad7', 9, '2026-01-05'), point('gad7', 9, '2026-02-02')]))).toEqual([
      '',
      'What your scores show',
      'PHQ-8: 12 on Mon 5 Jan — your first one. The next will show how things are moving.',
      'GAD-7: 9 on Mon 5 Jan, 9 on Mon 2 Feb. A change this size is within ordinary day-to-day variation.',
    ]);
  });
});

describe('the homework streak, stated kindly', () => {
  const today = '2026-02-10';

  it('counts days in a row up to today, or up to yesterday while today is still open', () => {
    expect(homeworkStreak(['2026-02-08', '2026-02-09', '2026-02-10'], today)).toEqual({ streak: 3, endsToday: true, recentDays: 3 });
    expect(homeworkStreak(['2026-02-08', '2026-02-09'], today)).toEqual({ streak: 2, endsToday: false, recentDays: 2 });
    expect(homeworkStreak(['2026-02-05', '2026-02-10'], today)).toEqual({ streak: 1, endsToday: true, recentDays: 2 });
    expect(homeworkStreak(['2026-02-05', '2026-02-07'], today)).toEqual({ streak: 0, endsToday: false, recentDays: 2 });
    expect(homeworkStreak(['2026-02-10', '2026-02-10'], today).streak).toBe(1);
  });

  it('says what was done, never what was missed', () => {
    const said = (dates: string[]) => plainText(homeworkLines(true, dates, today).at(-1)!);
    expect(said(['2026-02-08', '2026-02-09', '2026-02-10'])).toBe('You’ve done homework 3 days in a row. Nice going.');
    expect(said(['2026-02-10'])).toBe('You did your homework today — thank you.');
    expect(said(['2026-02-09'])).toBe('You did your homework yesterday — thank you.');
    expect(said(['2026-02-05', '2026-02-07'])).toBe('You did homework on 2 of the last 7 days. Every bit counts.');
    expect(said([])).toBe('Your homework is here whenever you’re ready: /homework.');
    for (const dates of [[], ['2026-02-05'], ['2026-02-09'], ['2026-01-01']]) expect(said(dates)).not.toMatch(/miss|broke|only|didn’t|failed|streak ended/i);
    expect(homeworkLines(false, ['2026-02-10'], today)).toEqual([]);
  });
});

describe('an image where the chat shows none', () => {
  const message: OutboundMessage = {
    text: 'Your mood, last 7 days',
    attachment: { kind: 'image', filename: 'my-mood.png', mimeType: 'image/png', data: 'iVBORw0KGgo=', alt: 'Your mood (0–10) by day: Mon 9 Feb 4, Tue 10 Feb no check-in.' },
  };

  it('the console (no images) gets the chart’s numbers as text; an adapter with images gets the image', () => {
    expect(CONSOLE_CAPABILITIES.images).toBe(false);
    const onConsole = deliverable(message, CONSOLE_CAPABILITIES);
    expect(onConsole.attachment).toBeUndefined();
    expect(plainText(onConsole.text)).toBe('Your mood, last 7 days\n\nYour mood (0–10) by day: Mon 9 Feb 4, Tue 10 Feb no check-in.');
    expect(deliverable(message, { ...CONSOLE_CAPABILITIES, images: true })).toBe(message);
  });

  it('a document is never turned into text', () => {
    const file: OutboundMessage = { text: 'Export', attachment: { kind: 'document', filename: 'x.json', mimeType: 'application/json', data: 'e30=' } };
    expect(deliverable(file, CONSOLE_CAPABILITIES)).toEqual(file);
  });
});
