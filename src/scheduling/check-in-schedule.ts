import type { Repositories } from '../db/store.js';
import type { PersonRecord } from '../db/repositories/people.js';
import { nextOccurrence } from '../core/time.js';

/**
 * Creates or updates the person's daily check-in schedule from their settings (time, timezone).
 * Keeps `lastLocalDate`, so changing the time or timezone never brings a second prompt for a
 * local date already prompted.
 */
export async function syncCheckInSchedule(repos: Repositories, person: PersonRecord, now: Date): Promise<void> {
  const existing = await repos.schedules.findForPerson(person.id, 'checkin');
  const next = nextOccurrence({ time: person.promptTime, days: existing?.days ?? 'daily', zone: person.timezone, after: now, lastLocalDate: existing?.lastLocalDate ?? null });
  if (existing) {
    await repos.schedules.update(existing.id, { localTime: person.promptTime, nextDueAt: next.dueAt, nextLocalDate: next.localDate });
  } else {
    await repos.schedules.create({ personId: person.id, kind: 'checkin', localTime: person.promptTime, next }, now);
  }
}
