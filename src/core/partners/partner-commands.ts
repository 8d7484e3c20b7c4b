import { randomInt } from 'node:crypto';
import type { Repositories } from '../../db/store.js';
import { sidesFor, type PartnershipRecord, type ShareLevel } from '../../db/repositories/partners.js';
import { bold, esc, inLocale, type OutboundMessage } from '../messages.js';
import { detectCrisis } from '../safety/crisis-detector.js';
import { localDateOf, nextOccurrence } from '../time.js';
import type { FlowContext, InstantCommand } from '../flows/types.js';
import { describeShare } from './sharing.js';
import { PARTNER_DIGEST_TIME } from './digest.js';
import { DEFAULT_LOCALE, isolate, storedLocale, translate, translator, type Translate } from '../i18n/index.js';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const PARTNER_CODE_TTL_MS = 48 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Wrong partner codes allowed per person per hour. */
export const PARTNER_JOIN_ATTEMPTS_PER_HOUR = 5;
/** Cheers and updates each allowed per person per day. */
export const PARTNER_MESSAGES_PER_DAY = 5;
export const PARTNER_MESSAGE_MAX_CHARS = 200;
export const PARTNER_NOTE_MAX_CHARS = 140;
/**
 * The buttons of a therapist's pairing suggestion (`ps.<care link id>`, `ps.no`; src/core/buttons.ts).
 * The first client's "Start" sets up an invitation (name, what to share) that goes to the other
 * client instead of a code; the other client's "Set up" is {@link pressSuggestedJoin}. Both still
 * confirm, as with a code.
 */
export async function pressPartnerSuggestion(context: FlowContext, linkId: string): Promise<void> {
  const person = context.person;
  if (!person) return void context.reply(context.t('set-up-first'));
  if (linkId === 'no') return void context.reply(context.t('partner-not-started'));
  // Only a client of the same therapist can be suggested, and never someone either has blocked.
  const { repos } = context;
  const other = await repos.careTeam.findActiveLink(linkId);
  const mine = await repos.care.activeLinksOfClient(person.id);
  const fine = other && other.clientId !== person.id && mine.some((link) => link.therapistId === other.therapistId) && !(await repos.partners.blockedBetween(person.id, other.clientId));
  if (!fine) return void context.reply(context.t('partner-suggestion-gone'));
  const existing = await repos.partners.listFor(person.id, ['active', 'pending']);
  if (existing.some((p) => sidesFor(p, person.id).partner.personId === other.clientId)) return void context.reply(context.t('partner-already'));
  await context.startFlow?.('partner_invite', { suggestedFor: other.clientId });
}

/** The suggestion's second half, to the other client (`pj.<code>`, `pj.no`): `/partner join` with that code. */
export async function pressSuggestedJoin(context: FlowContext, code: string): Promise<void> {
  if (!context.person) return void context.reply(context.t('set-up-first'));
  if (code === 'no') return void context.reply(context.t('partner-not-started'));
  return join(context, code);
}

export function newPartnerCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A user-written name or message inside a sentence: escaped for the markup, isolated if right-to-left. */
export const said = (text: string): string => isolate(esc(text));

/**
 * Sends a message to a person's chat through the outbox, keyed to the event that caused it, built
 * in that person's own language (their stored `Person.locale`, not the sender's).
 */
export async function tellPerson(context: FlowContext, personId: string, purpose: string, build: (t: Translate) => OutboundMessage): Promise<void> {
  const address = (await context.repos.people.addressesOf(personId))[0];
  if (!address) return;
  const recipient = await context.repos.people.findById(personId);
  const locale = storedLocale(recipient?.locale);
  await context.repos.outbox.enqueue({
    idempotencyKey: `partner:${context.event.platform}:${context.event.updateId}:${purpose}:${personId}`,
    address,
    message: inLocale(build(translator(locale)), locale),
    dueAt: context.now,
  });
}

/** The partner-digest schedule of a person, created once they have a partner. */
export async function ensureDigestSchedule(repos: Repositories, personId: string, now: Date): Promise<void> {
  const person = await repos.people.findById(personId);
  if (!person || (await repos.schedules.findForPerson(personId, 'partner_digest'))) return;
  const next = nextOccurrence({ time: PARTNER_DIGEST_TIME, days: 'daily', zone: person.timezone, after: now });
  await repos.schedules.create({ personId, kind: 'partner_digest', localTime: PARTNER_DIGEST_TIME, next }, now);
}

async function status(context: FlowContext): Promise<void> {
  const person = context.person!;
  const partnerships = await context.repos.partners.listFor(person.id, ['active', 'pending']);
  const { t } = context;
  const lines = [bold(t('partner-status-title'))];
  if (partnerships.length === 0) lines.push(t('partner-none-yet'));
  for (const partnership of partnerships) {
    const { me, partner } = sidesFor(partnership, person.id);
    lines.push(
      partnership.status === 'pending'
        ? t('partner-waiting', { name: said(partner.name) })
        : t('partner-sharing', { name: said(partner.name), theirs: describeShare(t, partner.share, 'theirs'), mine: describeShare(t, me.share) }),
    );
  }
  lines.push('', t('partner-options'));
  context.reply(lines.join('\n'));
}

export async function join(context: FlowContext, code: string): Promise<void> {
  const person = context.person!;
  const normalised = code.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{8}$/.test(normalised)) {
    context.reply(context.t('partner-type-the-code'));
    return;
  }
  const { repos, now } = context;
  if ((await repos.rateLimits.count('partner-join', person.id, HOUR_MS, now)) >= PARTNER_JOIN_ATTEMPTS_PER_HOUR) {
    context.reply(context.t('partner-too-many-codes'));
    return;
  }
  const invite = await repos.partners.findInvite(normalised);
  const refuse = async (text: string) => {
    await repos.rateLimits.hit('partner-join', person.id, HOUR_MS, now);
    context.reply(text);
  };
  if (!invite) return refuse(context.t('partner-code-not-found'));
  if (invite.usedAt) return refuse(context.t('partner-code-used'));
  if (invite.expiresAt <= now) return refuse(context.t('partner-code-expired'));
  if (invite.inviterId === person.id) return void context.reply(context.t('partner-own-code'));
  if (await repos.partners.blockedBetween(person.id, invite.inviterId)) return refuse(context.t('partner-code-refused'));
  const existing = await repos.partners.listFor(person.id, ['active', 'pending']);
  if (existing.some((p) => sidesFor(p, person.id).partner.personId === invite.inviterId)) {
    return void context.reply(context.t('partner-already'));
  }
  if (existing.filter((p) => p.status === 'active').length >= context.partnerLimit) {
    return void context.reply(context.t('partner-at-limit', { limit: context.partnerLimit }));
  }
  await context.startFlow?.('partner_join', { inviteId: invite.id, inviterId: invite.inviterId, inviterShare: invite.share, inviterName: invite.name });
}

async function choosePartnership(context: FlowContext, name: string, verb: string): Promise<PartnershipRecord | undefined> {
  const person = context.person!;
  const partnerships = await context.repos.partners.listFor(person.id, ['active', 'pending']);
  if (partnerships.length === 0) {
    context.reply(context.t('partner-none'));
    return undefined;
  }
  if (partnerships.length === 1) return partnerships[0];
  const wanted = name.trim().toLowerCase();
  const match = partnerships.find((p) => sidesFor(p, person.id).partner.name.toLowerCase() === wanted);
  if (!match) {
    const names = partnerships.map((p) => sidesFor(p, person.id).partner.name).join(', ');
    context.reply(context.t('partner-which', { names: said(names), verb }));
  }
  return match;
}

async function end(context: FlowContext, name: string, block: boolean): Promise<void> {
  const person = context.person!;
  const partnership = await choosePartnership(context, name, block ? 'block' : 'end');
  if (!partnership) return;
  const { partner } = sidesFor(partnership, person.id);
  await context.repos.partners.end(partnership.id, context.now, block ? person.id : undefined);
  await context.repos.audit.record({ actor: person.id, action: block ? 'partner.blocked' : 'partner.ended', subjectPersonId: person.id, detail: { partnershipId: partnership.id } }, context.now);
  const mine = sidesFor(partnership, partner.personId).partner.name;
  await tellPerson(context, partner.personId, 'ended', (t) => ({ text: t('partner-ended-for-partner', { name: said(mine) }) }));
  context.reply(
    context.t(block ? 'partner-blocked' : 'partner-ended', { name: said(partner.name) }),
  );
}

/**
 * Forwards a short text to every active partner, after the limits and the crisis check. A ready-made
 * cheer (`preset`, a message id of /cheer's choices) reaches each partner in their own language.
 */
export async function sendToPartners(context: FlowContext, text: string, kind: 'cheer' | 'update', screened: boolean, preset?: string): Promise<void> {
  const person = context.person!;
  const { repos, now } = context;
  const message = text.trim();
  if (!message) return void context.reply(context.t(kind === 'update' ? 'partner-add-update' : 'partner-write-encouragement'));
  if (message.length > PARTNER_MESSAGE_MAX_CHARS) {
    return void context.reply(context.t('partner-message-too-long', { length: message.length, max: PARTNER_MESSAGE_MAX_CHARS }));
  }
  if (detectCrisis(message).detected) {
    // The writer gets the safety response; the words are not passed on.
    if (!screened) await context.safety.screen(message, 'partner', context);
    return void context.reply(context.t('partner-message-held'));
  }
  const partnerships = await repos.partners.listFor(person.id, ['active']);
  if (partnerships.length === 0) return void context.reply(context.t('partner-no-active-invite'));
  const scope = `partner-${kind}`;
  if ((await repos.rateLimits.count(scope, person.id, DAY_MS, now)) >= PARTNER_MESSAGES_PER_DAY) {
    return void context.reply(context.t('partner-daily-limit', { limit: PARTNER_MESSAGES_PER_DAY, kind }));
  }
  await repos.rateLimits.hit(scope, person.id, DAY_MS, now);
  for (const partnership of partnerships) {
    const { me, partner } = sidesFor(partnership, person.id);
    await tellPerson(context, partner.personId, kind, (t) => ({
      text: t(kind === 'cheer' ? 'partner-cheer-from' : 'partner-update-from', { name: said(me.name), message: preset ? t(preset) : said(message) }),
    }));
  }
  context.reply(context.t(kind === 'cheer' ? 'partner-cheer-sent' : 'partner-update-sent'));
}

async function note(context: FlowContext, text: string): Promise<void> {
  const person = context.person!;
  const line = text.trim();
  if (!line) return void context.reply(context.t('partner-add-note'));
  if (line.length > PARTNER_NOTE_MAX_CHARS) return void context.reply(context.t('partner-note-too-long', { max: PARTNER_NOTE_MAX_CHARS, length: line.length }));
  if (detectCrisis(line).detected) {
    await context.safety.screen(line, 'partner', context);
    return void context.reply(context.t('partner-note-held'));
  }
  const partnerships = await context.repos.partners.listFor(person.id, ['active']);
  if (partnerships.length === 0) return void context.reply(context.t('partner-no-active'));
  const localDate = localDateOf(context.now, person.timezone);
  for (const partnership of partnerships) await context.repos.partners.setNote(partnership.id, sidesFor(partnership, person.id).mySide, { text: line, localDate });
  const shares = partnerships.some((p) => sidesFor(p, person.id).me.share === 'note');
  context.reply(context.t(shares ? 'partner-note-saved' : 'partner-note-saved-not-shared'));
}

export const partnerCommand: InstantCommand = {
  command: 'partner',
  // The platforms' command menus are registered once, in English; /help shows command-partner in the person's language.
  description: translate(DEFAULT_LOCALE, 'command-partner'),
  needsPerson: true,
  async run(context, args) {
    const [sub = '', ...rest] = args.trim().split(/\s+/);
    const restText = args.trim().slice(sub.length).trim();
    switch (sub.toLowerCase()) {
      case '':
        return status(context);
      case 'invite':
        return context.startFlow?.('partner_invite');
      case 'join':
        return join(context, rest.join(''));
      case 'end':
        return end(context, restText, false);
      case 'block':
        return end(context, restText, true);
      case 'update':
        return sendToPartners(context, restText, 'update', false);
      case 'note':
        return note(context, restText);
      default:
        context.reply(context.t('partner-unknown-subcommand', { typed: said(sub.slice(0, 20)) }));
    }
  },
};

export const cheerCommand: InstantCommand = {
  command: 'cheer',
  description: translate(DEFAULT_LOCALE, 'command-cheer'),
  needsPerson: true,
  async run(context, args) {
    if (args.trim()) return sendToPartners(context, args, 'cheer', false);
    // No partner: say so at once, rather than after a message was chosen.
    if ((await context.repos.partners.listFor(context.person!.id, ['active'])).length === 0) return void context.reply(context.t('partner-no-active-invite'));
    return context.startFlow?.('cheer');
  },
};

/** Handles the inviter's confirmation buttons (`pc.<id>.y|n`), checking they belong to the presser. */
export async function confirmPartnership(context: FlowContext, value: string): Promise<void> {
  const person = context.person;
  const [id, answer] = value.split('.');
  const partnership = id ? await context.repos.partners.get(id) : null;
  if (!person || !partnership || partnership.a.personId !== person.id || partnership.status !== 'pending') {
    context.reply(context.t('partner-stale-confirm'));
    return;
  }
  const { partner } = sidesFor(partnership, person.id);
  if (answer !== 'y') {
    await context.repos.partners.end(partnership.id, context.now);
    await tellPerson(context, partner.personId, 'declined', (t) => ({ text: t('partner-declined-for-partner', { name: said(partnership.a.name) }) }));
    context.reply(context.t('partner-declined'));
    return;
  }
  const active = (await context.repos.partners.listFor(person.id, ['active'])).length;
  if (active >= context.partnerLimit) {
    context.reply(context.t('partner-most'));
    return;
  }
  await context.repos.partners.activate(partnership.id, context.now);
  for (const side of [partnership.a, partnership.b]) await ensureDigestSchedule(context.repos, side.personId, context.now);
  await context.repos.audit.record({ actor: person.id, action: 'partner.started', subjectPersonId: person.id, detail: { partnershipId: partnership.id } }, context.now);
  await tellPerson(context, partner.personId, 'started', (t) => ({
    text: `${bold(t('partner-started-title'))} ${t('partner-started-for-inviter', { name: said(partnership.a.name) })}`,
  }));
  context.reply(`${bold(context.t('partner-started-title'))} ${context.t('partner-started', { name: said(partner.name) })}`);
}

export type { ShareLevel };
