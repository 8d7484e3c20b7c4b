import { sidesFor, type ShareLevel } from '../../db/repositories/partners.js';
import { bold } from '../messages.js';
import { choiceStep, textStep } from '../flows/steps.js';
import type { FlowContext, FlowData, FlowDefinition } from '../flows/types.js';
import { describeShare, shareLevels } from './sharing.js';
import { buttonId } from '../buttons.js';
import { formatCode, newPartnerCode, PARTNER_CODE_TTL_MS, said, sendToPartners, tellPerson } from './partner-commands.js';
import { needsPerson } from '../flows/guards.js';

const NAME_MAX_CHARS = 32;
const CHEER_MAX_CHARS = 200;

function nameStep(lead: (data: FlowData, context: FlowContext) => string = () => ''): ReturnType<typeof textStep> {
  return textStep({
    id: 'name',
    field: 'name',
    maxLength: NAME_MAX_CHARS,
    prompt: (data, context) => `${lead(data, context)}${context.t('partner-name-question')}`,
  });
}

function shareStep(): ReturnType<typeof choiceStep> {
  return choiceStep({
    id: 'share',
    field: 'share',
    options: (_data, context) => shareLevels(context.t).map((level) => ({ value: level.value, label: level.label })),
    prompt: (_data, context) =>
      `${context.t('partner-share-question')}\n\n${shareLevels(context.t).map((l) => `• ${l.label}: ${l.explanation}`).join('\n')}\n\n${context.t('partner-share-never')}`,
  });
}

const hasRoom = async (context: FlowContext) => (await context.repos.partners.listFor(context.person!.id, ['active'])).length < context.partnerLimit;

/**
 * `/partner invite`: choose a display name and what to share, get a single-use code. Started from a
 * therapist's suggestion (`suggestedFor`), the invitation goes straight to the suggested client
 * instead, with a button that works like the code.
 */
export const partnerInviteFlow: FlowDefinition = {
  name: 'partner_invite',
  version: 1,
  title: 'partner invitation',
  keepsDraft: false,
  steps: [nameStep(), shareStep()],
  async finish(data, context) {
    if (!(await hasRoom(context))) return [context.t('partner-invite-at-limit', { limit: context.partnerLimit })];
    const code = newPartnerCode();
    await context.repos.partners.createInvite({
      code,
      inviterId: context.person!.id,
      share: data.share as ShareLevel,
      name: String(data.name),
      expiresAt: new Date(context.now.getTime() + PARTNER_CODE_TTL_MS),
      at: context.now,
    });
    if (typeof data.suggestedFor === 'string') {
      await tellPerson(context, data.suggestedFor, 'suggested', (t) => ({
        text: [
          bold(t('partner-suggested-title')),
          t('partner-suggested', { name: said(String(data.name)), share: describeShare(t, data.share as ShareLevel, 'theirs') }),
          t('partner-suggested-terms'),
        ].join('\n'),
        choices: [
          { id: buttonId('partnerSuggestedJoin', code), label: t('partner-set-up') },
          { id: buttonId('partnerSuggestedJoin', 'no'), label: t('partner-no-thanks') },
        ],
      }));
      return [context.t('partner-suggestion-sent')];
    }
    return [
      [
        bold(context.t('partner-code-title', { code: formatCode(code) })),
        context.t('partner-code-how-to', { code: formatCode(code) }),
        context.t('partner-code-terms'),
      ].join('\n'),
    ];
  },
};

/** `/partner join CODE`: see what the inviter shares, choose your own, confirm. */
export const partnerJoinFlow: FlowDefinition = {
  name: 'partner_join',
  version: 1,
  title: 'partner set-up',
  keepsDraft: false,
  steps: [
    nameStep((data, context) => `${bold(context.t('partner-invited-by', { name: said(String(data.inviterName)) }))}\n\n`),
    shareStep(),
    choiceStep({
      id: 'confirm',
      field: 'confirm',
      prompt: (data: FlowData, context) =>
        [
          context.t('partner-join-summary-theirs', { theirs: describeShare(context.t, data.inviterShare as ShareLevel, 'theirs') }),
          context.t('partner-join-summary-yours', { yours: describeShare(context.t, data.share as ShareLevel), name: said(String(data.name)) }),
          '',
          context.t('partner-start-question'),
        ].join('\n'),
      options: (_data, context) => [
        { value: 'yes', label: context.t('partner-join-confirm-yes') },
        { value: 'no', label: context.t('partner-join-confirm-no') },
      ],
    }),
  ],
  async finish(data, context) {
    if (data.confirm !== 'yes') return [context.t('partner-join-not-started')];
    const person = context.person!;
    const { repos, now } = context;
    const inviterId = String(data.inviterId);
    if (!(await repos.partners.useInvite(String(data.inviteId), now))) return [context.t('partner-code-used-meanwhile')];
    const inviterName = String(data.inviterName);
    const id = await repos.partners.create({
      a: { personId: inviterId, share: data.inviterShare as ShareLevel, name: inviterName },
      b: { personId: person.id, share: data.share as ShareLevel, name: String(data.name) },
      bConfirmedAt: now,
      at: now,
    });
    await tellPerson(context, inviterId, 'confirm', (t) => ({
      text: [
        t('partner-accepted-for-inviter', { name: said(String(data.name)), theirs: describeShare(t, data.share as ShareLevel, 'theirs'), yours: describeShare(t, data.inviterShare as ShareLevel) }),
        '',
        t('partner-start-question'),
      ].join('\n'),
      choices: [
        { id: buttonId('partnerConfirm', `${id}.y`), label: t('partner-yes-start') },
        { id: buttonId('partnerConfirm', `${id}.n`), label: t('partner-not-now') },
      ],
    }));
    return [context.t('partner-asked-to-confirm', { name: said(inviterName) })];
  },
};

/** The ready-made cheers (`partner-cheer-c0`…): stored as `c0`…, each partner reads them in their own language. */
const CHEERS = ['c0', 'c1', 'c2', 'c3'] as const;

/** `/cheer`: pick a short encouragement or write one. */
export const cheerFlow: FlowDefinition = {
  name: 'cheer',
  version: 1,
  title: 'cheer',
  keepsDraft: false,
  guard: needsPerson,
  steps: [
    choiceStep({
      id: 'pick',
      field: 'pick',
      prompt: (_data, context) => context.t('partner-cheer-question'),
      options: (_data, context) => [...CHEERS.map((value) => ({ value, label: context.t(`partner-cheer-${value}`) })), { value: 'own', label: context.t('partner-cheer-own') }],
    }),
    textStep({
      id: 'own',
      field: 'own',
      maxLength: CHEER_MAX_CHARS,
      when: (data) => data.pick === 'own',
      prompt: (_data, context) => context.t('partner-cheer-own-question', { max: CHEER_MAX_CHARS }),
    }),
  ],
  async finish(data, context) {
    if (data.pick === 'own') {
      // Typed text was already screened by the core; a flagged one is not forwarded.
      await sendToPartners(context, String(data.own ?? ''), 'cheer', true);
      return [];
    }
    const pick = CHEERS.find((value) => value === data.pick) ?? CHEERS[0];
    await sendToPartners(context, context.t(`partner-cheer-${pick}`), 'cheer', true, `partner-cheer-${pick}`);
    return [];
  },
};

export { sidesFor };
