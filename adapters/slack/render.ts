import type { types } from '@slack/bolt';
import { AdapterValidationError } from '../../src/core/adapter.js';
import { parseMarkup, plainText, type Choice, type MarkupSegment, type OutboundMessage } from '../../src/core/messages.js';
import { splitStyled } from '../kit.js';
import { HOMEWORK_KINDS, type HomeworkKind } from '../../src/core/exercises/homework-kinds.js';
import { CADENCES, INSTRUCTIONS_MAX_CHARS, settingField } from '../../src/core/therapists/homework-kinds.js';
import type { RosterEntry } from '../../src/core/therapists/therapist-service.js';
import { rosterLine } from '../../src/core/therapists/commands.js';
import { tt } from '../../src/core/i18n/index.js';
import { parseButton } from '../../src/core/buttons.js';
import { homeworkLabelForTherapist, inSentence, kindLabelForTherapist, optionLabelForTherapist, settingHintForTherapist, settingLabelForTherapist, weekdayShortForTherapist } from '../../src/core/summaries/therapist-labels.js';

type Block = types.KnownBlock;

/** Block Kit limits (https://docs.slack.dev/reference/block-kit). */
export const SLACK_MAX_BLOCKS_PER_MESSAGE = 50;
export const SLACK_MAX_BLOCKS_PER_VIEW = 100;
export const SLACK_SECTION_TEXT_LIMIT_CHARS = 3_000;
export const SLACK_ACTIONS_PER_BLOCK = 25;
export const SLACK_BUTTON_TEXT_LIMIT_CHARS = 75;
export const SLACK_ACTION_ID_LIMIT_CHARS = 255;
export const SLACK_SELECT_OPTIONS_LIMIT = 100;
export const SLACK_OPTION_TEXT_LIMIT_CHARS = 75;
export const SLACK_ALT_TEXT_LIMIT_CHARS = 1_000;
/** The top-level `text` is the notification and accessibility fallback; keep it short. */
export const SLACK_FALLBACK_TEXT_LIMIT_CHARS = 3_000;
/** Sections one message may carry; the rest of the blocks are reserved for buttons. */
export const SLACK_MAX_TEXT_SECTIONS = 40;
export const SLACK_MAX_TEXT_CHARS = SLACK_MAX_TEXT_SECTIONS * SLACK_SECTION_TEXT_LIMIT_CHARS;

/** Callback id of the homework modal, and its block ids (one per field the core validates). */
export const ASSIGN_VIEW_CALLBACK_ID = 'between_assign';
export const ASSIGN_BLOCKS = { client: 'client', kind: 'kind', cadence: 'cadence', days: 'days', dueTime: 'due_time', instructions: 'instructions' } as const;
/** A kind's setting has its own block, named like the field the core validates (`settings.<kind>.<setting>`). */
export const ASSIGN_SETTING_BLOCK_PREFIX = 'settings.';
/** The homework modal's own words, from therapist-slack.ftl (kinds, settings and their labels from the registry, in the therapist's language). */
const ASSIGN_COPY = {
  title: () => tt('therapist-slack-assign-title'),
  submit: () => tt('therapist-slack-assign-submit'),
  close: () => tt('therapist-slack-assign-close'),
  client: () => tt('therapist-slack-assign-client'),
  kind: () => tt('therapist-slack-assign-kind'),
  cadence: () => tt('therapist-slack-assign-cadence'),
  cadenceLabel: (cadence: (typeof CADENCES)[number]) => tt(`therapist-slack-cadence-${cadence}`),
  days: () => tt('therapist-slack-assign-days'),
  dueTime: () => tt('therapist-slack-assign-due-time'),
  instructions: () => tt('therapist-slack-assign-instructions'),
  instructionsHint: (needing: string[]) => tt('therapist-slack-assign-instructions-hint', { kinds: needing.join(', '), journal: inSentence(homeworkLabelForTherapist('journal')) }),
  setting: (setting: string, kind: string) => tt('therapist-slack-assign-setting', { kind, setting }),
  settingHint: (kind: string, hint: string | undefined) => `${tt('therapist-slack-assign-setting-hint', { kind })}${hint ? ` ${hint}` : ''}`,
};
/** Every input in the modal uses this action id inside its own block. */
export const ASSIGN_ACTION_ID = 'value';

/** Slack's three control characters; everything else in mrkdwn is literal once these are escaped. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Literal `*`, `_` and `~` would start mrkdwn formatting and mrkdwn has no escape character, so
 * literal ones become look-alikes (∗ ＿ ∼). Together with {@link escapeSlack} no text a person
 * wrote can format, mention (`<!channel>`, `<@U…>`) or link.
 */
function neutraliseMarkers(text: string): string {
  return text.replace(/\*/g, '∗').replace(/_/g, '＿').replace(/~/g, '∼');
}

/** Core markup (`*bold*`, `_italic_`, backslash escapes) → Slack mrkdwn, safely. */
export function toMrkdwn(text: string): string {
  return segmentsToMrkdwn(parseMarkup(text));
}

function segmentsToMrkdwn(segments: readonly MarkupSegment[]): string {
  return segments
    .map((segment) => {
      const body = neutraliseMarkers(escapeSlack(segment.text));
      if (!segment.bold && !segment.italic) return body;
      // mrkdwn markers must touch the words: keep surrounding whitespace outside them.
      const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(body)!;
      if (!match[2]) return body;
      let inner = match[2];
      if (segment.italic) inner = `_${inner}_`;
      if (segment.bold) inner = `*${inner}*`;
      return `${match[1]}${inner}${match[3]}`;
    })
    .join('');
}

/**
 * Core markup as mrkdwn sections of at most `limit` characters each (escapes counted), split at
 * line breaks where possible; a bold or italic span cut in two is closed and reopened, and an
 * escape such as `&amp;` is never cut.
 */
export function splitMrkdwn(text: string, limit = SLACK_SECTION_TEXT_LIMIT_CHARS): string[] {
  return splitStyled(parseMarkup(text), limit, (chunk) => segmentsToMrkdwn(chunk).length).map(segmentsToMrkdwn);
}

const plain = (text: string, limit: number) => ({ type: 'plain_text' as const, text: truncate(text, limit), emoji: true });

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Choices as buttons, 25 to an actions block; the choice id is both action id and value. */
export function renderChoices(choices: Choice[]): Block[] {
  const ids = new Set<string>();
  for (const choice of choices) {
    if (!choice.id || choice.id.length > SLACK_ACTION_ID_LIMIT_CHARS) throw new AdapterValidationError('choice id does not fit a Slack action id', 'slack');
    if (ids.has(choice.id)) throw new AdapterValidationError('two choices share one id', 'slack');
    ids.add(choice.id);
  }
  const blocks: Block[] = [];
  for (let i = 0; i < choices.length; i += SLACK_ACTIONS_PER_BLOCK) {
    blocks.push({
      type: 'actions',
      block_id: `choices-${i / SLACK_ACTIONS_PER_BLOCK}`,
      elements: choices.slice(i, i + SLACK_ACTIONS_PER_BLOCK).map((choice) => ({
        type: 'button' as const,
        action_id: choice.id,
        value: choice.id,
        text: plain(choice.label, SLACK_BUTTON_TEXT_LIMIT_CHARS),
        // The acknowledgement of a risk alert stands out, whatever its label's language.
        ...(parseButton(choice.id)?.kind === 'acknowledgeRisk' && { style: 'primary' as const }),
      })),
    });
  }
  return blocks;
}

/** A core message as `chat.postMessage` arguments (text fallback + blocks). */
export function renderMessage(message: OutboundMessage): { text: string; blocks: Block[] } {
  let sections = splitMrkdwn(message.text);
  if (sections.length > SLACK_MAX_TEXT_SECTIONS) sections = [...sections.slice(0, SLACK_MAX_TEXT_SECTIONS - 1), tt('therapist-slack-shortened')];
  const blocks: Block[] = sections.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
  if (message.choices?.length) blocks.push(...renderChoices(message.choices));
  if (blocks.length > SLACK_MAX_BLOCKS_PER_MESSAGE) throw new AdapterValidationError(`message needs ${blocks.length} blocks, Slack allows ${SLACK_MAX_BLOCKS_PER_MESSAGE}`, 'slack');
  const fallback = escapeSlack(plainText(message.text));
  return { text: truncate(`${message.urgent ? '🚨 ' : ''}${fallback}`, SLACK_FALLBACK_TEXT_LIMIT_CHARS), blocks };
}

/** The App Home tab: the therapist's roster, open risk alerts first. */
export function homeView(entries: RosterEntry[] | null): types.HomeView {
  const blocks: Block[] = [{ type: 'header', text: plain(tt('therapist-slack-home-title'), 150) }];
  if (entries === null) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(tt('therapist-slack-home-not-registered')) } });
  } else if (entries.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(tt('therapist-slack-home-no-clients')) } });
  } else {
    for (const entry of entries.slice(0, SLACK_MAX_BLOCKS_PER_VIEW - 3)) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(rosterLine(entry).replace(/^• /, '')) } });
    }
    if (entries.length > SLACK_MAX_BLOCKS_PER_VIEW - 3) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: toMrkdwn(tt('therapist-slack-home-more')) }] });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(tt('therapist-slack-home-footer')) }] });
  return { type: 'home', blocks };
}

/** One input block per setting of the given kinds (the core still checks a submitted setting matches the kind). */
function settingBlocks(kinds: readonly HomeworkKind[]): Block[] {
  const option = (value: string, text: string) => ({ value, text: plain(text, SLACK_OPTION_TEXT_LIMIT_CHARS) });
  return kinds.flatMap((kind) =>
    kind.settings.map((setting): Block => {
      const options = setting.options.slice(0, SLACK_SELECT_OPTIONS_LIMIT).map((o) => option(o.value, optionLabelForTherapist(kind, o)));
      return {
        type: 'input',
        block_id: settingField(kind.id, setting.id),
        optional: true,
        label: plain(ASSIGN_COPY.setting(settingLabelForTherapist(kind, setting), kindLabelForTherapist(kind)), 2000),
        hint: plain(ASSIGN_COPY.settingHint(kindLabelForTherapist(kind), settingHintForTherapist(kind, setting)), 2000),
        element: setting.choose === 'many' ? { type: 'multi_static_select', action_id: ASSIGN_ACTION_ID, options } : { type: 'static_select', action_id: ASSIGN_ACTION_ID, options },
      };
    }),
  );
}

/**
 * The homework modal (opened with the slash command's trigger id): kinds and their settings from the
 * registry. Only the chosen kind's settings are shown: choosing a kind dispatches an action (the kind
 * block's `dispatch_action`) and the adapter updates the modal with `selectedKind` (`views.update`;
 * Slack keeps what was entered in blocks whose block and action ids stay the same).
 */
export function assignModal(clients: { linkId: string; alias: string }[], preselectedLinkId?: string, kinds: readonly HomeworkKind[] = HOMEWORK_KINDS, selectedKind?: string): types.ModalView {
  const option = (value: string, text: string) => ({ value, text: plain(text, SLACK_OPTION_TEXT_LIMIT_CHARS) });
  const clientOptions = clients.slice(0, SLACK_SELECT_OPTIONS_LIMIT).map((client) => option(client.linkId, client.alias));
  const preselected = clientOptions.find((o) => o.value === preselectedLinkId);
  const cadenceOptions = CADENCES.map((cadence) => option(cadence, ASSIGN_COPY.cadenceLabel(cadence)));
  const needingInstructions = kinds.filter((kind) => kind.needsInstructions).map(kindLabelForTherapist);
  const kindOptions = kinds.slice(0, SLACK_SELECT_OPTIONS_LIMIT).map((kind) => option(kind.id, kindLabelForTherapist(kind)));
  const chosenKind = kindOptions.find((o) => o.value === selectedKind);
  return {
    type: 'modal',
    callback_id: ASSIGN_VIEW_CALLBACK_ID,
    title: plain(ASSIGN_COPY.title(), 24),
    submit: plain(ASSIGN_COPY.submit(), 24),
    close: plain(ASSIGN_COPY.close(), 24),
    blocks: [
      {
        type: 'input',
        block_id: ASSIGN_BLOCKS.client,
        label: plain(ASSIGN_COPY.client(), 2000),
        element: { type: 'static_select', action_id: ASSIGN_ACTION_ID, options: clientOptions, ...(preselected && { initial_option: preselected }) },
      },
      {
        type: 'input',
        block_id: ASSIGN_BLOCKS.kind,
        dispatch_action: true,
        label: plain(ASSIGN_COPY.kind(), 2000),
        element: { type: 'static_select', action_id: ASSIGN_ACTION_ID, options: kindOptions, ...(chosenKind && { initial_option: chosenKind }) },
      },
      {
        type: 'input',
        block_id: ASSIGN_BLOCKS.cadence,
        label: plain(ASSIGN_COPY.cadence(), 2000),
        element: { type: 'radio_buttons', action_id: ASSIGN_ACTION_ID, options: cadenceOptions, initial_option: cadenceOptions[0]! },
      },
      {
        type: 'input',
        block_id: ASSIGN_BLOCKS.days,
        optional: true,
        label: plain(ASSIGN_COPY.days(), 2000),
        element: { type: 'checkboxes', action_id: ASSIGN_ACTION_ID, options: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day, index) => option(day, weekdayShortForTherapist(index + 1))) },
      },
      {
        type: 'input',
        block_id: ASSIGN_BLOCKS.dueTime,
        optional: true,
        label: plain(ASSIGN_COPY.dueTime(), 2000),
        element: { type: 'timepicker', action_id: ASSIGN_ACTION_ID },
      },
      {
        type: 'input',
        block_id: ASSIGN_BLOCKS.instructions,
        optional: true,
        label: plain(ASSIGN_COPY.instructions(), 2000),
        ...(needingInstructions.length && { hint: plain(ASSIGN_COPY.instructionsHint(needingInstructions), 2000) }),
        element: { type: 'plain_text_input', action_id: ASSIGN_ACTION_ID, multiline: true, max_length: INSTRUCTIONS_MAX_CHARS },
      },
      ...settingBlocks(kinds.filter((kind) => kind.id === chosenKind?.value)),
    ],
  };
}

/** A short confirmation that replaces the modal after a valid submission. */
export function assignedModal(alias: string): types.ModalView {
  return {
    type: 'modal',
    title: plain(tt('therapist-slack-assigned-title'), 24),
    close: plain(tt('therapist-slack-assigned-close'), 24),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: toMrkdwn(tt('therapist-slack-assigned', { alias: alias.replace(/[\\*_]/g, (c) => `\\${c}`) })) } }],
  };
}
