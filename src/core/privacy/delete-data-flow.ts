import { eraseEverything, type ErasureOptions } from './erasure.js';
import { bold } from '../messages.js';
import { choiceStep } from '../flows/steps.js';
import type { FlowDefinition } from '../flows/types.js';

/** How long audit events are kept, in words ("6 years", "90 days"), or null for indefinitely. */
export function retentionInWords(days: number): string | null {
  if (days === 0) return null;
  const years = days / 365;
  if (days >= 365 && Math.abs(years - Math.round(years)) < 0.01) return `${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'}`;
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** What `/delete` says. What is kept is named before and after, in the same words. */
const COPY = {
  noData: 'I don’t have any data stored for you.',
  first: `${bold('Delete everything?')} This permanently removes your check-ins, thought records, exercises, questionnaire answers, homework, settings, and any links to a therapist or partner. It can’t be undone. (Want a copy first? Use /export.)`,
  kept: (days: number) => {
    const period = retentionInWords(days);
    return `What stays: a log of actions (such as “data exported”, “summary viewed by your therapist”, “data deleted”) with dates and counts — never anything you wrote, and no longer linked to you. It lets the practice show who did what with your data${period ? `, and is deleted after ${period}` : ', and is kept indefinitely'}.`;
  },
  second: 'Last check: are you sure? Everything will be gone for good.',
  cancelled: 'Okay — nothing was deleted.',
  done: 'Everything you stored with Between has been deleted.',
  restart: 'If you want to start again, type /start. Take care.',
};

/** `/delete`: two confirmations, then everything about the person is erased. */
export function createDeleteDataFlow(options: ErasureOptions): FlowDefinition {
  const kept = COPY.kept(options.auditRetentionDays);
  return {
    name: 'delete',
    version: 1,
    title: 'deletion',
    keepsDraft: false,
    guard: (context) => (context.person ? undefined : COPY.noData),
    steps: [
      choiceStep({
        id: 'first',
        field: 'first',
        prompt: `${COPY.first}\n\n${kept}`,
        options: [
          { value: 'yes', label: 'Yes, delete everything' },
          { value: 'no', label: 'No, keep my data' },
        ],
        next: (data) => (data.first === 'no' ? null : undefined),
      }),
      choiceStep({
        id: 'second',
        field: 'second',
        prompt: COPY.second,
        options: [
          { value: 'delete', label: 'Delete permanently' },
          { value: 'no', label: 'Cancel' },
        ],
      }),
    ],
    async finish(data, context) {
      if (data.first !== 'yes' || data.second !== 'delete') return [COPY.cancelled];
      await eraseEverything(context.person!.id, context, options.scrubber);
      context.person = null;
      return [{ text: `${COPY.done} ${kept} ${COPY.restart}`, forgetWhenSent: true }];
    },
  };
}
