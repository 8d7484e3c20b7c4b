import { eraseEverything } from '../privacy/erasure.js';
import { bold } from '../messages.js';
import { choiceStep } from './steps.js';
import type { FlowDefinition } from './types.js';

/** `/delete`: two confirmations, then everything about the person is erased. */
export const deleteDataFlow: FlowDefinition = {
  name: 'delete',
  version: 1,
  title: 'deletion',
  keepsDraft: false,
  guard: (context) => (context.person ? undefined : 'I don’t have any data stored for you.'),
  steps: [
    choiceStep({
      id: 'first',
      field: 'first',
      prompt: `${bold('Delete everything?')} This permanently removes your check-ins, thought records, homework, settings, and any links to a therapist or partner. It can’t be undone. (Want a copy first? Use /export.)`,
      options: [
        { value: 'yes', label: 'Yes, delete everything' },
        { value: 'no', label: 'No, keep my data' },
      ],
      next: (data) => (data.first === 'no' ? null : undefined),
    }),
    choiceStep({
      id: 'second',
      field: 'second',
      prompt: 'Last check: are you sure? Everything will be gone for good.',
      options: [
        { value: 'delete', label: 'Delete permanently' },
        { value: 'no', label: 'Cancel' },
      ],
    }),
  ],
  async finish(data, context) {
    if (data.first !== 'yes' || data.second !== 'delete') return ['Okay — nothing was deleted.'];
    await eraseEverything(context.person!.id, context);
    context.person = null;
    return ['Everything you stored with Between has been deleted. If you want to start again, type /start. Take care.'];
  },
};
