/**
 * Every kind of button the core sends outside a flow's question, declared once: its id is the
 * kind's prefix and a value (`ack.<flagId>`). A flow's own questions carry `<nonce>.<value>` ids
 * instead (flows/engine.ts; a nonce is five characters, so it never looks like a prefix here).
 * Client buttons are answered by the routing table (routes.ts), therapist buttons by
 * `TherapistService.handleChoice`. Ids are stored on messages already sent: never change a prefix.
 */
export const BUTTONS = {
  /** On a scheduled check-in prompt: `p.checkin`, `p.snooze`, `p.later`. */
  prompt: { prefix: 'p.', side: 'client' },
  /** Under a crisis response given outside a flow: `sp.show` shows the person's safety plan. */
  safetyPlan: { prefix: 'sp.', side: 'client' },
  /** Sent to the inviter to confirm a partnership: `pc.<partnershipId>.y|n`. */
  partnerConfirm: { prefix: 'pc.', side: 'client' },
  /** A therapist's pairing suggestion, to the first client: `ps.<the other client's care link id>` or `ps.no`. */
  partnerSuggestion: { prefix: 'ps.', side: 'client' },
  /** The same suggestion, to the second client once the first is set up: `pj.<code>` or `pj.no`. */
  partnerSuggestedJoin: { prefix: 'pj.', side: 'client' },
  /** Starts a homework exercise: `x.s.<kind>`. */
  exerciseStart: { prefix: 'x.s.', side: 'client' },
  /** Under /homework: starts what an assignment asks for, `hw.<assignment kind>` (checkin, thought, an exercise…). */
  homeworkStart: { prefix: 'hw.', side: 'client' },
  /** Starts an exercise entry's follow-up: `x.f.<entryId>`. */
  exerciseFollowUp: { prefix: 'x.f.', side: 'client' },
  /** On a risk alert, reminder or escalation: `ack.<flagId>` acknowledges the flag. */
  acknowledgeRisk: { prefix: 'ack.', side: 'therapist' },
  /** On a summary or alert: `sum.<linkId>` opens that client's 30-day summary. */
  openSummary: { prefix: 'sum.', side: 'therapist' },
} as const satisfies Record<string, { prefix: string; side: 'client' | 'therapist' }>;

export type ButtonKind = keyof typeof BUTTONS;

/** The buttons whose presses reach the core (the rest go to the therapist service). */
export type ClientButtonKind = { [K in ButtonKind]: (typeof BUTTONS)[K]['side'] extends 'client' ? K : never }[ButtonKind];

/** The id of a button of `kind` carrying `value`. */
export function buttonId(kind: ButtonKind, value: string): string {
  return `${BUTTONS[kind].prefix}${value}`;
}

/** Which kind of button `id` is, and the value it carries; undefined for a flow's buttons and unknown ids. */
export function parseButton(id: string): { kind: ButtonKind; value: string } | undefined {
  for (const kind of Object.keys(BUTTONS) as ButtonKind[]) {
    const { prefix } = BUTTONS[kind];
    if (id.startsWith(prefix)) return { kind, value: id.slice(prefix.length) };
  }
  return undefined;
}

/** The values of a scheduled prompt's buttons (`p.<value>`). */
export const PROMPT_ACTION = { start: 'checkin', snooze: 'snooze', later: 'later' } as const;

/** The value of the button under a crisis response that shows the safety plan (`sp.show`). */
export const SHOW_SAFETY_PLAN = 'show';
