import type { App } from '../../src/app.js';
import { localDateOf } from '../../src/core/time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Gives a client something to see in /history: check-ins on three of the last days, a PHQ-9 of 18
 * twenty days ago and of 10 now (a reliable improvement, out of the clinical range), and daily
 * homework done on the last three days (a streak of 3).
 */
export async function seedProgress(app: App, personId: string, now: Date = new Date()): Promise<void> {
  const repos = app.store.repos;
  const person = await repos.people.findById(personId);
  const zone = person!.timezone;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS - 60_000);
  for (const [daysAgo, mood] of [[4, 3], [2, 5], [0, 7]] as const) {
    await repos.checkIns.create({ personId, mood, emotions: [], coping: [], details: {}, localDate: localDateOf(at(daysAgo), zone), at: at(daysAgo) });
  }
  for (const [daysAgo, total, band] of [[20, 18, 'moderately_severe'], [0, 9, 'mild']] as const) {
    await repos.assessments.create({ personId, instrument: 'phq9', instrumentVersion: 'en-2', answers: {}, total, band, notes: [], localDate: localDateOf(at(daysAgo), zone), at: at(daysAgo) });
  }
  const assignmentId = await repos.homework.assign({ personId, kind: 'checkin', cadence: 'daily', at: at(10) });
  for (const daysAgo of [2, 1, 0]) {
    await repos.homework.completeOne(personId, assignmentId, localDateOf(at(daysAgo), zone), { kind: 'checkin', id: `seed-${daysAgo}` }, at(daysAgo));
  }
}
