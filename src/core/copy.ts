import { bold } from './messages.js';

/**
 * What Between says, in one place. Kind, short, never shaming. (English first; other locales
 * would be added as sibling modules with the same keys.)
 */

export const APOLOGY = "Sorry — something went wrong on my side. What you've entered so far is saved; please try that again in a moment.";

/** The crisis lines for where the person is, as a short clause (`CrisisResources.summary`, src/core/safety). */
interface CrisisSummary {
  summary: string;
}

const NOT_WATCHED = 'Between is not an emergency service and nobody watches these messages in real time.';

/** The notice without knowing where the person is; /helplines shows the lines for their place. */
export const NOT_AN_EMERGENCY_SERVICE = `${NOT_WATCHED} If you are in danger or thinking about ending your life, call your local emergency number or a crisis line — /helplines shows the ones for where you are.`;

/** The notice with the crisis lines for where the person is (or the practice's region). */
export function notAnEmergencyService(resources: CrisisSummary): string {
  return `${NOT_WATCHED} If you are in danger or thinking about ending your life, ${resources.summary}. /helplines shows them any time.`;
}

export interface CommandHelp {
  command: string;
  description: string;
}

/** `/help`'s groups, by purpose; a command in none of them is listed under {@link HELP_MORE}. */
export const HELP_GROUPS: readonly { title: string; commands: readonly string[] }[] = [
  { title: 'Check in and reflect', commands: ['checkin', 'thought', 'assessment', 'history'] },
  { title: 'Homework and exercises', commands: ['homework', 'exercise', 'safetyplan', 'triggers'] },
  { title: 'Accountability partner', commands: ['partner', 'cheer'] },
  { title: 'Reminders and settings', commands: ['start', 'settings', 'pause', 'resume', 'snooze'] },
  { title: 'Help and your data', commands: ['helplines', 'help', 'export', 'delete'] },
];
const HELP_MORE = 'More';

/** `/help`, grouped by purpose; with `resources`, the notice names the person's crisis lines. */
export function helpText(commands: readonly CommandHelp[], resources?: CrisisSummary): string {
  const line = (c: CommandHelp) => `/${c.command} — ${c.description}`;
  const grouped = new Set(HELP_GROUPS.flatMap((group) => group.commands));
  const sections = [
    ...HELP_GROUPS.map((group) => ({ title: group.title, lines: group.commands.flatMap((name) => commands.filter((c) => c.command === name).map(line)) })),
    { title: HELP_MORE, lines: commands.filter((c) => !grouped.has(c.command)).map(line) },
  ].filter((section) => section.lines.length > 0);
  return [
    bold('What I can do'),
    ...sections.flatMap((section) => ['', bold(section.title), ...section.lines]),
    '',
    'While I’m asking questions you can type *back*, *skip* (for optional questions) or *cancel*.',
    resources ? notAnEmergencyService(resources) : NOT_AN_EMERGENCY_SERVICE,
  ].join('\n');
}

export function unknownCommand(name: string): string {
  return `I don’t know the command /${name}. Type /help to see the ones I know.`;
}

/** The answer to a photo, sticker, voice note or file: Between reads typed text only. */
export function cannotRead(content: string): string {
  return `I can only read typed text for now, so I couldn’t take in that ${content} — nothing of it was saved. Please type your answer instead.`;
}

export const EMPTY_MESSAGE = 'I got an empty message. Type /help to see what I can do.';

export const FREE_TEXT_OUTSIDE_FLOW =
  'Thanks for writing. To put it somewhere useful, try /checkin (how you feel) or /thought (a thought record). /help lists everything.';

/** A typed number that is not one of the last menu's (`count` options, numbered from 1). */
export function menuOutOfRange(number: number, count: number): string {
  return count === 1
    ? `There’s only one option here, so ${number} doesn’t match it — type 1 or its name, or /help to see everything else.`
    : `There’s no option ${number} here — the options go from 1 to ${count}. Type one of those numbers or the option’s name:`;
}

export const FREE_TEXT_BEFORE_START = 'Hi! I’m Between. Type /start to begin.';

export function tooLong(limit: number, length: number): string {
  return `That message is ${length.toLocaleString('en-US')} characters long; I can keep up to ${limit.toLocaleString('en-US')}. Could you shorten it or split it into parts? Nothing you entered before was lost.`;
}

/** Anything that needs a set-up person, asked before /start. */
export const SET_UP_FIRST = 'Let’s get you set up first — type /start.';

export const WELCOME_BACK = 'Welcome back! You’re already set up — here are your settings.';

/** Above the flow in progress, shown again when something else was asked for meanwhile. */
export function inTheMiddleOf(flowTitle: string): string {
  return `You’re in the middle of a ${flowTitle}. Answer below, or type cancel to stop it first.`;
}

/** Above the flow in progress, when the command that starts it was sent again. */
export const ALREADY_IN_IT = 'We’re in the middle of that already:';

/** Above the check-in in progress, when a prompt's "Check in now" was pressed. */
export const ALREADY_CHECKING_IN = 'We’re in the middle of a check-in already:';

/** Above the flow in progress, shown again after a command answered at once. */
export function backTo(flowTitle: string): string {
  return `Back to your ${flowTitle}:`;
}

/** `/back`, `/skip` or `/cancel` with no flow in progress. */
export function nothingTo(action: string): string {
  return `There’s nothing to ${action} right now. Type /help to see what I can do.`;
}

/** An empty message during a flow (the question follows). */
export const EMPTY_ANSWER = 'I got an empty message.';

/** A flow's button pressed when no flow is in progress. */
export const STALE_BUTTON_OUTSIDE_FLOW = 'That button is from an earlier question. Type /help to see what I can do.';
