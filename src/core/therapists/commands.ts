import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import { ratio } from '../summaries/adherence.js';
import { isValidTimeZone } from '../../config.js';
import { parseLocalTime } from '../time.js';
import { DETAIL_LEVEL_DESCRIPTIONS } from '../summaries/detail-level.js';
import { TherapistError } from './errors.js';
import { parseSessionArgs, SESSION_COPY, shortSession } from './session.js';
import type { RosterEntry, TherapistActor, TherapistService } from './therapist-service.js';

/** What a `/between …` command leads to: a private reply, or the homework form to open. */
export type TherapistCommandResult =
  | { kind: 'reply'; message: OutboundMessage }
  | { kind: 'open-assign-form'; clients: { linkId: string; alias: string }[]; preselectedLinkId?: string };

export const THERAPIST_HELP = [
  bold('Between for therapists'),
  '`/between register` — register as a therapist (the first in a workspace, or approved by an admin)',
  '`/between invite [alias]` — a single-use code for a client (alias defaults to “Client N”)',
  '`/between clients` — your clients, open risk alerts first',
  '`/between assign [alias]` — assign homework',
  '`/between summary <alias> [7d|30d]` — a summary with a mood chart, sent to your messages',
  '`/between export <alias> fhir` — the client’s questionnaires and check-ins as a FHIR R4 file for your record system, within their consent',
  '`/between session <alias> <when>` — the next session: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear` (a timezone may follow); its brief comes before it',
  '`/between prep <alias>` — the pre-session brief now: what changed since the last session',
  '`/between unlink <alias>` — end the link with a client',
  '`/between level <minimal|clinical|full>` — how much detail summaries carry',
  '`/between schedule <mon…sun> <HH:MM> [digest on|off] [timezone]` — weekly summary time',
  '`/between pair <alias>, <alias>` — suggest two of your clients as accountability partners (both must accept)',
  '`/between approve @user` — (admins) approve a therapist',
].join('\n');

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const reply = (text: string): TherapistCommandResult => ({ kind: 'reply', message: { text } });

/**
 * Runs one `/between` command (the text after the command name). Refusals come back as replies;
 * unexpected errors propagate to the adapter, which answers with a short apology.
 */
export async function runTherapistCommand(
  service: TherapistService,
  actor: TherapistActor,
  text: string,
  dmAddress: () => Promise<string>,
  /** Another workspace user's direct messages with the app (to tell admins of a pending registration). */
  dmAddressOf?: (userId: string) => Promise<string>,
): Promise<TherapistCommandResult> {
  const [rawName = 'help', ...rest] = text.trim().split(/\s+/);
  const name = rawName.toLowerCase();
  const args = rest.join(' ');
  try {
    switch (name) {
      case 'help':
      case '':
        return reply(THERAPIST_HELP);
      case 'register': {
        const { outcome } = await service.register(actor, dmAddress, dmAddressOf);
        if (outcome === 'already-registered') return reply('You are already registered. Type `/between help` to see what you can do.');
        if (outcome === 'pending-approval') {
          return reply(
            service.adminsConfigured
              ? 'Thanks — your registration is waiting for a workspace admin to approve it; the admins have been told, and I’ll message you once it is approved.'
              : 'Thanks — your registration is waiting for approval, but no Between admins are set up for this workspace yet (SLACK\\_ADMIN\\_USER\\_IDS). Please ask whoever runs Between to add one.',
          );
        }
        return reply(`${bold('You are registered.')} Summaries and urgent risk alerts will come to your direct messages with me. Next: \`/between invite\` to enroll a client.`);
      }
      case 'approve': {
        const userId = mentionedUserId(args);
        if (!userId) return reply('Please name the therapist: `/between approve @name`.');
        await service.approve(actor, userId);
        return reply('Approved. They can now invite clients.');
      }
      case 'pair': {
        const aliases = args.split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
        if (aliases.length !== 2) return reply('Please name two clients, separated by a comma: `/between pair Client 1, Client 2`.');
        const { first, second } = await service.suggestPairing(actor, aliases[0]!, aliases[1]!);
        return reply(
          `Suggested to ${esc(first)} first; if they’d like to, ${esc(second)} is asked next. Both choose what to share and confirm in their own chat. You won’t be told whether they accept.`,
        );
      }
      case 'invite': {
        const invite = await service.invite(actor, args || undefined);
        return reply(
          [
            `${bold('Invite code for')} ${esc(invite.alias)}: \`${invite.code}\``,
            `Single use, valid until ${invite.expiresAt.toISOString().slice(0, 10)}. The client enters it in Between (/settings → Enrollment code, or during /start).`,
            italic('Share it privately. The alias is how the client appears to you; Between never shows you their name.'),
          ].join('\n'),
        );
      }
      case 'clients':
      case 'roster':
        return reply(rosterText(await service.roster(actor)));
      case 'assign': {
        // A named client is looked up first: another therapist's client is "not found" (and audited) either way.
        const preselected = args ? await service.findClientByAlias(actor, args) : undefined;
        const clients = await service.assignableClients(actor);
        if (clients.length === 0) return reply('You have no linked clients yet. Type `/between invite` to create a code.');
        return { kind: 'open-assign-form', clients, ...(preselected && { preselectedLinkId: preselected.linkId }) };
      }
      case 'summary': {
        const match = /^(.*?)(?:\s+(7|30)d)?$/i.exec(args);
        const alias = match?.[1]?.trim();
        if (!alias) return reply('Please name the client: `/between summary Client 7 30d`.');
        const result = await service.requestSummary(actor, { alias }, Number(match?.[2] ?? 7));
        return reply(`The summary of ${esc(result.alias)} is on its way to your messages.`);
      }
      case 'export': {
        const match = /^(.*?)\s+fhir$/i.exec(args);
        const alias = match?.[1]?.trim();
        if (!alias) return reply('Please name the client and the format: `/between export Client 7 fhir`.');
        const result = await service.exportFhir(actor, alias);
        return reply(`The FHIR export of ${esc(result.alias)} is on its way to your messages.${result.withheld ? ' Scores and check-ins are left out at the detail level you get for them.' : ''}`);
      }
      case 'session': {
        const parsed = parseSessionArgs(args);
        if (!parsed || !parsed.alias) return reply(SESSION_COPY.usage);
        if ('error' in parsed) {
          // The alias is still checked first: "not found" (and its audit) before a remark on the time.
          await service.findClientByAlias(actor, parsed.alias);
          return reply(parsed.error);
        }
        return reply((await service.setSession(actor, parsed.alias, parsed.when)).text);
      }
      case 'prep':
      case 'brief': {
        if (!args) return reply(SESSION_COPY.prepUsage);
        const result = await service.requestBrief(actor, args);
        return reply(SESSION_COPY.briefOnItsWay(result.alias));
      }
      case 'unlink': {
        if (!args) return reply('Please name the client: `/between unlink Client 7`.');
        const result = await service.unlink(actor, args);
        return reply(`The link with ${esc(result.alias)} has ended; their homework from you stopped and they were told.`);
      }
      case 'level': {
        if (!args) return reply(['Detail levels:', ...Object.entries(DETAIL_LEVEL_DESCRIPTIONS).map(([level, text]) => `• ${bold(level)}: ${text}`)].join('\n'));
        const level = await service.setDetailLevel(actor, args.toLowerCase());
        return reply(`Detail level set to ${bold(level)}. Each client’s consent can lower it further.`);
      }
      case 'schedule':
        return reply(await schedule(service, actor, rest));
      default:
        return reply(`I don’t know “${esc(name.slice(0, 30))}”.\n\n${THERAPIST_HELP}`);
    }
  } catch (error) {
    if (error instanceof TherapistError) return reply(error.message);
    throw error;
  }
}

async function schedule(service: TherapistService, actor: TherapistActor, words: string[]): Promise<string> {
  const fields: { weeklyDay?: string; summaryTime?: string; dailyDigest?: boolean; timezone?: string } = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (WEEKDAYS.includes(lower.slice(0, 3)) && !fields.weeklyDay) fields.weeklyDay = lower.slice(0, 3);
    else if (lower === 'digest') fields.dailyDigest = words[++i]?.toLowerCase() === 'on';
    else if (parseLocalTime(word)) fields.summaryTime = parseLocalTime(word)!;
    else if (isValidTimeZone(word)) fields.timezone = word;
    else return `I didn’t understand “${esc(word.slice(0, 40))}”. Example: \`/between schedule mon 08:00 digest off Europe/London\`.`;
  }
  const therapist = Object.keys(fields).length ? await service.setSchedule(actor, fields) : await service.therapistOf(actor);
  return `Weekly summary: ${therapist.weeklyDay} at ${therapist.summaryTime} (${therapist.timezone}) · daily digest ${therapist.dailyDigest ? 'on' : 'off'}.`;
}

/** `<@U123|name>`, `<@U123>`, `@U123` or `U123` → `U123`. */
export function mentionedUserId(text: string): string | undefined {
  return /^<?@?([UW][A-Z0-9]{2,})(?:\|[^>]*)?>?$/.exec(text.trim())?.[1];
}

/** The roster as text (slash command replies; App Home renders the same entries as blocks). */
export function rosterText(entries: RosterEntry[]): string {
  if (entries.length === 0) return 'You have no linked clients yet. Type `/between invite` to create a code.';
  return [
    bold(`Your clients (${entries.length})`) + ' — last 7 days',
    ...entries.map((entry) => rosterLine(entry)),
  ].join('\n');
}

/** One client: alias, platform, last activity, adherence, open alerts; then each "not on track" flag on a line of its own. */
export function rosterLine(entry: RosterEntry): string {
  const { adherence } = entry;
  const alert = entry.openFlags.length ? `⚠ ${bold(`${entry.openFlags.length} open risk alert${entry.openFlags.length === 1 ? '' : 's'}`)} · ` : '';
  const last = entry.lastActivityAt ? entry.lastActivityAt.toISOString().slice(0, 10) : 'never';
  const flags = entry.notOnTrack.map((flag) => `\n   ⚑ Not on track: ${esc(flag.reason)}`).join('');
  const session = entry.nextSession ? ` · ${esc(SESSION_COPY.rosterNext(shortSession(entry.nextSession.at, entry.nextSession.zone), entry.nextSession.zone))}` : '';
  return `• ${alert}${bold(esc(entry.alias))} (${entry.platform ?? 'no chat'}) · last active ${last} · prompts ${ratio(adherence.promptsAnswered, adherence.promptsSent)} · homework ${ratio(adherence.homeworkDone, adherence.homeworkAssigned)}${session}${flags}`;
}
