import type { Store } from '../../db/store.js';
import { findExercise } from './catalog.js';
import { followUpChoice } from './flows.js';
import { storedLocale, translator } from '../i18n/index.js';
import type { SchedulerJob } from '../../scheduling/scheduler.js';

const DEFAULT_BATCH = 100;

/**
 * Sends the follow-up an exercise asked for (a behavioral experiment's "how did it go?") once its
 * `followUpAt` has come, with a button that starts the follow-up. Safe with several instances: each
 * entry is claimed by a conditional update that clears its `followUpAt` (only one caller wins), in
 * the same transaction as the enqueue, whose idempotency key `experiment:<entryId>` would also make
 * a second send a no-op.
 */
export function createExerciseFollowUpJob(options: { store: Store; batchSize?: number }): SchedulerJob {
  const batch = options.batchSize ?? DEFAULT_BATCH;
  return {
    name: 'exercise-follow-ups',
    async run(now) {
      let enqueued = 0;
      for (;;) {
        const due = await options.store.repos.exercises.dueFollowUps(now, batch);
        let claimed = 0;
        for (const candidate of due) {
          const sent = await options.store.transaction(async (repos) => {
            if (!(await repos.exercises.claimFollowUp(candidate.id, candidate.followUpAt))) return false;
            claimed++;
            const entry = await repos.exercises.find(candidate.personId, candidate.id);
            const kind = entry && findExercise(entry.kind);
            const address = (await repos.people.addressesOf(candidate.personId))[0];
            if (!entry || !kind?.followUp?.reminder || !address) return false;
            // In the recipient's language (their stored choice).
            const locale = storedLocale((await repos.people.findById(candidate.personId))?.locale);
            const words = { locale, t: translator(locale) };
            return repos.outbox.enqueue({
              idempotencyKey: `experiment:${entry.id}`,
              address,
              message: { text: kind.followUp.reminder(entry, words.t), choices: [followUpChoice(kind, entry.id, words)], locale },
              dueAt: now,
            });
          });
          if (sent) enqueued++;
        }
        // Another instance took this whole batch: what it leaves is for the next tick.
        if (due.length < batch || claimed === 0) break;
      }
      return enqueued;
    },
  };
}
