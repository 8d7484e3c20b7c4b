import type { AssignmentRequest, CadenceChoice } from '../../src/core/therapists/homework-kinds.js';
import { ASSIGN_ACTION_ID, ASSIGN_BLOCKS, ASSIGN_SETTING_BLOCK_PREFIX } from './render.js';

export const SLACK_PLATFORM = 'slack';

/** `slack:<team>:<channel>` — the opaque address of one Slack conversation. */
export function slackAddress(teamId: string, channelId: string): string {
  return `${SLACK_PLATFORM}:${teamId}:${channelId}`;
}

/** The team and channel of a Slack address; undefined for anything else. */
export function parseSlackAddress(address: string): { teamId: string; channelId: string } | undefined {
  const match = /^slack:([A-Z0-9]+):([A-Z0-9]+)$/i.exec(address);
  return match ? { teamId: match[1]!, channelId: match[2]! } : undefined;
}

/** One input's state as Slack submits it. */
interface InputState {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_time?: string | null;
}

type ViewValues = Record<string, Record<string, InputState>>;

/** Reads the homework modal's submitted values into the core's request (validated by the core). */
export function assignmentFromView(values: ViewValues): AssignmentRequest {
  const input = (block: string): InputState => values[block]?.[ASSIGN_ACTION_ID] ?? {};
  const request: AssignmentRequest = {
    linkId: input(ASSIGN_BLOCKS.client).selected_option?.value ?? '',
    kind: input(ASSIGN_BLOCKS.kind).selected_option?.value ?? '',
    cadence: (input(ASSIGN_BLOCKS.cadence).selected_option?.value ?? 'daily') as CadenceChoice,
  };
  const days = input(ASSIGN_BLOCKS.days).selected_options?.map((option) => option.value);
  if (days?.length) request.days = days;
  const dueTime = input(ASSIGN_BLOCKS.dueTime).selected_time;
  if (dueTime) request.dueTime = dueTime;
  const instructions = input(ASSIGN_BLOCKS.instructions).value;
  if (instructions) request.instructions = instructions;
  // `settings.<kind>.<setting>` blocks: every kind's, as chosen (the core keeps the chosen kind's, and refuses others filled in).
  const settings: NonNullable<AssignmentRequest['settings']> = {};
  for (const block of Object.keys(values)) {
    if (!block.startsWith(ASSIGN_SETTING_BLOCK_PREFIX)) continue;
    const [kind, setting] = block.slice(ASSIGN_SETTING_BLOCK_PREFIX.length).split('.');
    if (!kind || !setting) continue;
    const state = input(block);
    const chosen = state.selected_options?.map((option) => option.value) ?? (state.selected_option ? [state.selected_option.value] : []);
    (settings[kind] ??= {})[setting] = chosen;
  }
  if (Object.keys(settings).length) request.settings = settings;
  return request;
}

/** The modal block that shows an error for a core field name. */
export function blockForField(field: string | undefined): string {
  const blocks: Record<string, string> = ASSIGN_BLOCKS;
  if (field?.startsWith(ASSIGN_SETTING_BLOCK_PREFIX)) return field;
  return (field && blocks[field]) || ASSIGN_BLOCKS.client;
}
