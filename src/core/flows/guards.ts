import { SET_UP_FIRST } from '../copy.js';
import type { FlowContext } from './types.js';

/** A flow's guard: only for people who have set up (everyone else is asked to /start first). */
export function needsPerson(context: FlowContext): string | undefined {
  return context.person ? undefined : SET_UP_FIRST;
}
