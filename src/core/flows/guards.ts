import type { FlowContext } from './types.js';

/** A flow's guard: only for people who have set up (everyone else is asked to /start first). */
export function needsPerson(context: FlowContext): string | undefined {
  return context.person ? undefined : context.t('set-up-first');
}
