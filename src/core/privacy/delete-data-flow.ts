import { eraseEverything, type ErasureOptions } from './erasure.js';
import { bold } from '../messages.js';
import { choiceStep } from '../flows/steps.js';
import type { FlowDefinition } from '../flows/types.js';
import type { Translate } from '../i18n/index.js';

/** How long audit events are kept, in the person's words ("6 years", "90 Tage"), or null for indefinitely. */
export function retentionInWords(days: number, t: Translate): string | null {
  if (days === 0) return null;
  const years = days / 365;
  if (days >= 365 && Math.abs(years - Math.round(years)) < 0.01) return t('delete-retention-years', { count: Math.round(years) });
  return t('delete-retention-days', { count: days });
}

/** What stays after `/delete`: named before and after, in the same words. */
const kept = (days: number, t: Translate) => t('delete-kept', { period: retentionInWords(days, t) ?? 'none' });

/** `/delete`: two confirmations, then everything about the person is erased. */
export function createDeleteDataFlow(options: ErasureOptions): FlowDefinition {
  return {
    name: 'delete',
    version: 1,
    title: 'deletion',
    keepsDraft: false,
    guard: (context) => (context.person ? undefined : context.t('delete-no-data')),
    steps: [
      choiceStep({
        id: 'first',
        field: 'first',
        prompt: (_data, context) => `${bold(context.t('delete-first-title'))} ${context.t('delete-first')}\n\n${kept(options.auditRetentionDays, context.t)}`,
        options: (_data, context) => [
          { value: 'yes', label: context.t('delete-yes') },
          { value: 'no', label: context.t('delete-no') },
        ],
        next: (data) => (data.first === 'no' ? null : undefined),
      }),
      choiceStep({
        id: 'second',
        field: 'second',
        prompt: (_data, context) => context.t('delete-second'),
        options: (_data, context) => [
          { value: 'delete', label: context.t('delete-permanently') },
          { value: 'no', label: context.t('delete-cancel') },
        ],
      }),
    ],
    async finish(data, context) {
      if (data.first !== 'yes' || data.second !== 'delete') return [context.t('delete-cancelled')];
      await eraseEverything(context.person!.id, context, options.scrubber);
      context.person = null;
      // context.t keeps the language of this turn, chosen before the person was erased.
      const { t } = context;
      return [{ text: `${t('delete-done')} ${kept(options.auditRetentionDays, t)} ${t('delete-restart')}`, forgetWhenSent: true }];
    },
  };
}
