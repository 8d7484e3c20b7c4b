import { sidesFor, type ShareLevel } from '../../db/repositories/partners.js';
import { bold, esc } from '../messages.js';
import { choiceStep, textStep } from '../flows/steps.js';
import type { FlowContext, FlowData, FlowDefinition } from '../flows/types.js';
import { describeShare, SHARE_LEVELS } from './sharing.js';
import { buttonId } from '../buttons.js';
import { formatCode, newPartnerCode, PARTNER_CODE_TTL_MS, sendToPartners, tellPerson } from './partner-commands.js';
import { needsPerson } from '../flows/guards.js';
import { PARTNER_COPY as C } from './partner-copy.js';

const NAME_MAX_CHARS = 32;
const shareOptions = SHARE_LEVELS.map((level) => ({ value: level.value, label: level.label }));

function nameStep(lead: (data: FlowData) => string = () => ''): ReturnType<typeof textStep> {
  return textStep({
    id: 'name',
    field: 'name',
    maxLength: NAME_MAX_CHARS,
    prompt: (data) => `${lead(data)}What name should your partner see for you? (a first name or nickname — nothing else about you is shared)`,
  });
}

function shareStep(prompt: string): ReturnType<typeof choiceStep> {
  return choiceStep({ id: 'share', field: 'share', options: shareOptions, prompt: `${prompt}\n\n${SHARE_LEVELS.map((l) => `• ${l.label}: ${l.explanation}`).join('\n')}\n\nNever shared: your thought records, questionnaire results, anything about your therapist, or which app you use.` });
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
  steps: [nameStep(), shareStep('What would you like your partner to see each day?')],
  async finish(data, context) {
    if (!(await hasRoom(context))) return [C.inviteAtLimit(context.partnerLimit)];
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
      await tellPerson(context, data.suggestedFor, 'suggested', {
        text: [
          bold(C.suggestedTitle),
          C.suggested(esc(String(data.name)), describeShare(data.share as ShareLevel, 'theirs')),
          C.suggestedTerms,
        ].join('\n'),
        choices: [
          { id: buttonId('partnerSuggestedJoin', code), label: C.setUp },
          { id: buttonId('partnerSuggestedJoin', 'no'), label: C.noThanks },
        ],
      });
      return [C.suggestionSent];
    }
    return [
      [
        bold(C.codeTitle(formatCode(code))),
        C.codeHowTo(formatCode(code)),
        C.codeTerms,
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
    nameStep((data) => `${bold(`${esc(String(data.inviterName))} would like you as their accountability partner.`)}\n\n`),
    shareStep('What would you like your partner to see each day?'),
    choiceStep({
      id: 'confirm',
      field: 'confirm',
      prompt: (data: FlowData) =>
        C.joinSummary(describeShare(data.inviterShare as ShareLevel, 'theirs'), describeShare(data.share as ShareLevel), esc(String(data.name))),
      options: [
        { value: 'yes', label: 'Yes, ask them to confirm' },
        { value: 'no', label: 'No' },
      ],
    }),
  ],
  async finish(data, context) {
    if (data.confirm !== 'yes') return [C.joinNotStarted];
    const person = context.person!;
    const { repos, now } = context;
    const inviterId = String(data.inviterId);
    if (!(await repos.partners.useInvite(String(data.inviteId), now))) return [C.codeUsedMeanwhile];
    const inviterName = String(data.inviterName);
    const id = await repos.partners.create({
      a: { personId: inviterId, share: data.inviterShare as ShareLevel, name: inviterName },
      b: { personId: person.id, share: data.share as ShareLevel, name: String(data.name) },
      bConfirmedAt: now,
      at: now,
    });
    await tellPerson(context, inviterId, 'confirm', {
      text: C.acceptedForInviter(esc(String(data.name)), describeShare(data.share as ShareLevel, 'theirs'), describeShare(data.inviterShare as ShareLevel)),
      choices: [
        { id: buttonId('partnerConfirm', `${id}.y`), label: C.yesStart },
        { id: buttonId('partnerConfirm', `${id}.n`), label: C.notNow },
      ],
    });
    return [C.askedToConfirm(esc(inviterName))];
  },
};

const CHEERS = ['You’ve got this 💪', 'Thinking of you today 💛', 'Proud of you for showing up', 'One step at a time 🌱'];

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
      prompt: 'What would you like to send your partner?',
      options: [...CHEERS.map((text, index) => ({ value: `c${index}`, label: text })), { value: 'own', label: 'Write my own' }],
    }),
    textStep({ id: 'own', field: 'own', maxLength: 200, when: (data) => data.pick === 'own', prompt: 'Write your encouragement (up to 200 characters):' }),
  ],
  async finish(data, context) {
    const text = data.pick === 'own' ? String(data.own ?? '') : CHEERS[Number(String(data.pick).slice(1))] ?? CHEERS[0]!;
    // Typed text was already screened by the core; a flagged one is not forwarded.
    await sendToPartners(context, text, 'cheer', true);
    return [];
  },
};

export { sidesFor };
