import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import { ratio } from '../summaries/adherence.js';
import { isValidTimeZone } from '../../config.js';
import { parseLocalTime } from '../time.js';
import { DETAIL_LEVELS } from '../summaries/detail-level.js';
import { tt } from '../i18n/index.js';
import { TherapistError } from './errors.js';
import { parseSessionArgs, sessionText, shortSession } from './session.js';
import type { RosterEntry, TherapistActor, TherapistService } from './therapist-service.js';

/** What a `/between …` command leads to: a private reply, or the homework form to open. */
export type TherapistCommandResult =
  | { kind: 'reply'; message: OutboundMessage }
  | { kind: 'open-assign-form'; clients: { linkId: string; alias: string }[]; preselectedLinkId?: string };

/** `/between help`, in the practice's language (THERAPIST_LOCALE). */
export function therapistHelp(): string {
  return `${bold(tt('therapist-help-title'))}\n${tt('therapist-help')}`;
}

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
        return reply(therapistHelp());
      case 'register': {
        const { outcome } = await service.register(actor, dmAddress, dmAddressOf);
        if (outcome === 'already-registered') return reply(tt('therapist-already-registered'));
        if (outcome === 'pending-approval') {
          return reply(
            tt(service.adminsConfigured ? 'therapist-pending-admins-told' : 'therapist-pending-no-admins'),
          );
        }
        return reply(`${bold(tt('therapist-registered-title'))} ${tt('therapist-registered')}`);
      }
      case 'approve': {
        const userId = mentionedUserId(args);
        if (!userId) return reply(tt('therapist-approve-usage'));
        await service.approve(actor, userId);
        return reply(tt('therapist-approve-done'));
      }
      case 'pair': {
        const aliases = args.split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
        if (aliases.length !== 2) return reply(tt('therapist-pair-usage'));
        const { first, second } = await service.suggestPairing(actor, aliases[0]!, aliases[1]!);
        return reply(tt('therapist-pair-suggested', { first: esc(first), second: esc(second) }));
      }
      case 'invite': {
        const invite = await service.invite(actor, args || undefined);
        return reply(
          [
            `${bold(tt('therapist-invite-title'))} ${esc(invite.alias)}: \`${invite.code}\``,
            tt('therapist-invite', { expires: invite.expiresAt.toISOString().slice(0, 10) }),
            italic(tt('therapist-invite-note')),
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
        if (clients.length === 0) return reply(tt('therapist-no-clients'));
        return { kind: 'open-assign-form', clients, ...(preselected && { preselectedLinkId: preselected.linkId }) };
      }
      case 'summary': {
        const match = /^(.*?)(?:\s+(7|30)d)?$/i.exec(args);
        const alias = match?.[1]?.trim();
        if (!alias) return reply(tt('therapist-summary-usage'));
        const result = await service.requestSummary(actor, { alias }, Number(match?.[2] ?? 7));
        return reply(tt('therapist-summary-on-its-way', { alias: esc(result.alias) }));
      }
      case 'export': {
        const match = /^(.*?)\s+fhir$/i.exec(args);
        const alias = match?.[1]?.trim();
        if (!alias) return reply(tt('therapist-export-usage'));
        const result = await service.exportFhir(actor, alias);
        return reply([tt('therapist-export-on-its-way', { alias: esc(result.alias) }), ...(result.withheld ? [tt('therapist-export-withheld-note')] : [])].join(' '));
      }
      case 'session': {
        const parsed = parseSessionArgs(args);
        if (!parsed || !parsed.alias) return reply(tt('therapist-session-usage'));
        if ('error' in parsed) {
          // The alias is still checked first: "not found" (and its audit) before a remark on the time.
          await service.findClientByAlias(actor, parsed.alias);
          return reply(parsed.error);
        }
        return reply((await service.setSession(actor, parsed.alias, parsed.when)).text);
      }
      case 'prep':
      case 'brief': {
        if (!args) return reply(tt('therapist-prep-usage'));
        const result = await service.requestBrief(actor, args);
        return reply(sessionText.briefOnItsWay(result.alias));
      }
      case 'unlink': {
        if (!args) return reply(tt('therapist-unlink-usage'));
        const result = await service.unlink(actor, args);
        return reply(tt('therapist-unlinked', { alias: esc(result.alias) }));
      }
      case 'level': {
        if (!args) return reply([tt('therapist-levels-title'), ...DETAIL_LEVELS.map((level) => `• ${bold(level)}: ${tt(`therapist-level-${level}`)}`)].join('\n'));
        const level = await service.setDetailLevel(actor, args.toLowerCase());
        return reply(tt('therapist-level-set', { level: bold(level) }));
      }
      case 'schedule':
        return reply(await schedule(service, actor, rest));
      case 'target':
        return reply(await homeworkTarget(service, actor, args));
      default:
        return reply(`${tt('therapist-unknown-command', { command: esc(name.slice(0, 30)) })}\n\n${therapistHelp()}`);
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
    else return tt('therapist-schedule-not-understood', { word: esc(word.slice(0, 40)) });
  }
  const therapist = Object.keys(fields).length ? await service.setSchedule(actor, fields) : await service.therapistOf(actor);
  return tt('therapist-schedule', { day: therapist.weeklyDay, time: therapist.summaryTime, zone: esc(therapist.timezone), digest: therapist.dailyDigest ? 'on' : 'off' });
}

/** `/between target <0–100>` sets the therapist's homework target, `default` returns to the practice's; anything else (or nothing) says how, with the target in force. */
async function homeworkTarget(service: TherapistService, actor: TherapistActor, args: string): Promise<string> {
  const word = args.trim();
  if (/^default$/i.test(word)) return tt('therapist-target-default', { percent: (await service.setHomeworkTarget(actor, null)).percent });
  const number = /^(\d{1,3})\s*%?$/.exec(word);
  if (number && Number(number[1]) <= 100) return tt('therapist-target-set', { percent: (await service.setHomeworkTarget(actor, Number(number[1]))).percent });
  const therapist = await service.therapistOf(actor);
  const own = therapist.homeworkTargetPercent !== null;
  const current = tt('therapist-target-usage', { percent: therapist.homeworkTargetPercent ?? service.practiceHomeworkTarget, own: own ? 'yes' : 'no' });
  return word ? `${tt('therapist-target-invalid', { word: esc(word.slice(0, 40)) })}\n${current}` : current;
}

/** `<@U123|name>`, `<@U123>`, `@U123` or `U123` → `U123`. */
export function mentionedUserId(text: string): string | undefined {
  return /^<?@?([UW][A-Z0-9]{2,})(?:\|[^>]*)?>?$/.exec(text.trim())?.[1];
}

/** The roster as text (slash command replies; App Home renders the same entries as blocks). */
export function rosterText(entries: RosterEntry[]): string {
  if (entries.length === 0) return tt('therapist-no-clients');
  return [
    `${bold(tt('therapist-roster-title', { count: entries.length }))} ${tt('therapist-roster-period')}`,
    ...entries.map((entry) => rosterLine(entry)),
  ].join('\n');
}

/** One client: alias, platform, last activity, adherence, open alerts; then each "not on track" flag on a line of its own. */
export function rosterLine(entry: RosterEntry): string {
  const { adherence } = entry;
  const alert = entry.openFlags.length ? `⚠ ${bold(tt('therapist-roster-open-alerts', { count: entry.openFlags.length }))} · ` : '';
  const last = entry.lastActivityAt ? entry.lastActivityAt.toISOString().slice(0, 10) : tt('therapist-roster-never');
  const flags = entry.notOnTrack.map((flag) => `\n   ${tt('therapist-not-on-track')} ${esc(flag.reason)}`).join('');
  const session = entry.nextSession
    ? ` · ${tt('therapist-roster-next-session', { when: esc(shortSession(entry.nextSession.at, entry.nextSession.zone)), zone: esc(entry.nextSession.zone) })}`
    : '';
  const line = tt('therapist-roster-line', {
    platform: esc(entry.platform ?? tt('therapist-roster-no-chat')),
    last,
    prompts: ratio(adherence.promptsAnswered, adherence.promptsSent),
    homework: ratio(adherence.homeworkDone, adherence.homeworkAssigned),
  });
  return `• ${alert}${bold(esc(entry.alias))} ${line}${session}${flags}`;
}
