import { PROMPT_TIME_CHOICES, TIMEZONE_CHOICES } from './catalog.js';
import { choiceStep } from './steps.js';
import { describeTimezone, parseLocalTime, resolveTimezone } from '../time.js';
import type { FlowData, StepDefinition } from './types.js';

/** Steps shared by onboarding and settings. */

export function timezoneStep(id = 'timezone', next?: (data: FlowData) => string | null | undefined): StepDefinition {
  return choiceStep({
    id,
    field: 'timezone',
    prompt: 'Which timezone are you in? Choose one, or type your city or a timezone name (e.g. “Chicago” or “Europe/Berlin”).',
    options: TIMEZONE_CHOICES,
    parseTyped: (text) => {
      const zone = resolveTimezone(text);
      return zone
        ? { value: zone }
        : { error: `I couldn’t find a timezone for “${text.slice(0, 40)}”. Try a nearby big city, or a name like “America/Chicago” or “Europe/Berlin”.` };
    },
    ...(next && { next }),
  });
}

export function promptTimeStep(id = 'promptTime', next?: (data: FlowData) => string | null | undefined): StepDefinition {
  return choiceStep({
    id,
    field: 'promptTime',
    prompt: (data, context) => {
      const zone = typeof data.timezone === 'string' ? data.timezone : context.defaultTimezone;
      return `When should I send your daily check-in? Choose a time or type one (e.g. 19:30 or 7:30pm) — it’s your local time, ${describeTimezone(zone, context.now)}.`;
    },
    options: PROMPT_TIME_CHOICES,
    parseTyped: (text) => {
      const time = parseLocalTime(text);
      return time ? { value: time } : { error: 'Please give a time of day like 20:00, 8pm or 7:30 am.' };
    },
    ...(next && { next }),
  });
}
