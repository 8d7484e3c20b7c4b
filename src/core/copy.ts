import { bold } from './messages.js';

/**
 * What Between says, in one place. Kind, short, never shaming. (English first; other locales
 * would be added as sibling modules with the same keys.)
 */

export const APOLOGY = "Sorry — something went wrong on my side. What you've entered so far is saved; please try that again in a moment.";

export const NOT_AN_EMERGENCY_SERVICE =
  'Between is not an emergency service and nobody watches these messages in real time. If you are in danger or thinking about ending your life, call your local emergency number (911 in the US) or a crisis line (call or text 988 in the US).';

export function welcome(): string {
  return [
    bold('Hi, I’m Between.'),
    'I help you keep up with the work you do in therapy in the days between sessions: short check-ins, thought records and the homework your therapist gives you.',
    '',
    NOT_AN_EMERGENCY_SERVICE,
    '',
    'Type /help to see what I can do.',
  ].join('\n');
}

export interface CommandHelp {
  command: string;
  description: string;
}

export function helpText(commands: readonly CommandHelp[]): string {
  return [bold('What I can do'), ...commands.map((c) => `/${c.command} — ${c.description}`)].join('\n');
}

export function unknownCommand(name: string): string {
  return `I don’t know the command /${name}. Type /help to see the ones I know.`;
}

export const EMPTY_MESSAGE = 'I got an empty message. Type /help to see what I can do.';

export const FREE_TEXT_OUTSIDE_FLOW = 'Thanks for writing. I only understand commands at the moment — type /help to see them.';

export function tooLong(limit: number, length: number): string {
  return `That message is ${length.toLocaleString('en-US')} characters long; I can keep up to ${limit.toLocaleString('en-US')}. Could you shorten it or split it into parts? Nothing you entered before was lost.`;
}
