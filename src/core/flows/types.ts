import type { TxRepositories } from '../../db/store.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import type { InboundEvent } from '../events.js';
import type { OutboundMessage } from '../messages.js';
import type { SafetyService } from '../safety/safety-service.js';
import type { ScreeningContext } from '../safety/crisis-types.js';
import type { AfterCommitTask } from '../after-commit.js';
import type { RenderLocale, Translate } from '../i18n/index.js';

/** The answers a flow has collected so far (persisted, encrypted, after every step). */
export type FlowData = Record<string, unknown>;

/** Engine bookkeeping kept beside the answers. */
export interface FlowMeta {
  /** Changes whenever a new question is shown; buttons carry it, so old buttons are recognised. */
  nonce: string;
  /** Steps answered so far, for `back`. */
  history: string[];
  /** Waiting for "yes, stop" after `cancel`. */
  confirmingCancel?: boolean;
  /**
   * A crisis response interrupted the open question: the next answer is one of the safety choices
   * (continue, stop for now, show my safety plan), never an answer to the question.
   */
  safetyHold?: boolean;
  /**
   * Asked after a restart or a pause (see {@link RESUME_AFTER_PAUSE_MS}): continue or stop for now?
   * `nonce` is the waiting question's, given back on Continue so its buttons work again.
   */
  resuming?: { nonce: string };
}

export interface FlowState {
  flow: string;
  step: string;
  version: number;
  data: FlowData;
  meta: FlowMeta;
}

/** How a reply relates to what the person already sees. */
export interface ReplyOptions {
  /**
   * The reply shows the open question again, changed (a multi-select toggle, an explanation, the
   * question after an old button): after a button press the core replaces the question's own
   * message with it where the platform can, instead of adding a message (see core.ts).
   */
  sameQuestion?: boolean;
}

/** Everything a flow may use while handling one event (inside that event's transaction). */
export interface FlowContext {
  event: InboundEvent;
  now: Date;
  repos: TxRepositories;
  person: PersonRecord | null;
  safety: SafetyService;
  /**
   * The language replies are written in: the person's stored choice, else the language chosen in
   * the flow in progress (onboarding's first step), else the platform's hint, negotiated. A flow
   * that changes it (a language step) sets it, and everything said afterwards follows.
   */
  locale: RenderLocale;
  /** A catalog message in {@link locale}: `context.t('check-in-mood')`. */
  t: Translate;
  reply(message: OutboundMessage | string, options?: ReplyOptions): void;
  /** Queues work for after this update's transaction has committed (see {@link AfterCommitTask}). */
  afterCommit(task: AfterCommitTask): void;
  /**
   * A reply made only after this update's transaction has committed (slow to make, such as a
   * rendered chart, and needing no database), queued after the replies sent with `reply`. If
   * making it fails, it is logged by `name` and not sent.
   */
  replyAfterCommit(name: string, build: () => Promise<OutboundMessage>): void;
  /** Default timezone for people who have not chosen one. */
  defaultTimezone: string;
  /** Most active accountability partners one person may have. */
  partnerLimit: number;
  /** Whether this chat shows buttons; without them choices are a numbered list to type from. */
  buttons?: boolean;
  /** Answers a flow started by {@link startFlow} begins with. */
  preset?: FlowData;
  /** Starts a flow from a command (unless another flow is in progress, which is shown again). */
  startFlow?(name: string, preset?: FlowData): Promise<void>;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** What a step shows: its question and, optionally, choices. */
export interface StepView {
  text: string;
  options?: ChoiceOption[];
  multiSelect?: boolean;
  /** For multi-selects: values already ticked. */
  selected?: string[];
}

/** An answer the engine has normalised: a pressed or typed choice, or free text. */
export type StepInput = { kind: 'choice'; value: string } | { kind: 'choices'; values: string[] } | { kind: 'text'; text: string };

export type StepOutcome =
  /** Accepted: store `data`; go to `next` (or the step after this one; `null` finishes the flow). `lead` is said above the next question. */
  | { ok: true; data: FlowData; next?: string | null; stay?: false; lead?: string }
  /** Accepted but the step continues (a multi-select toggle, the next item of a loop); `lead` is said above it. */
  | { ok: true; data: FlowData; stay: true; lead?: string }
  /** Not accepted: say why, kindly, and ask again. Nothing entered so far is lost. */
  | { ok: false; error: string };

export interface StepDefinition {
  id: string;
  /** Optional steps accept `skip`. */
  /** Said (above the question) when `skip` is typed at a step that is not optional; default: that it can't be skipped. */
  cannotSkip?(context: FlowContext): string;
  optional?: boolean;
  /** Free-text answers are checked for crisis language. */
  freeText?: boolean;
  /**
   * How typed text here is screened for crisis language: `describing` for fields where people
   * describe warning signs, triggers or their past (safety plan, trigger map, journal), where
   * thoughts described are not a crisis but intent, acts and time-bound statements still are.
   */
  screening?: ScreeningContext;
  /** A typed answer that may run long (see OutboundMessage.textAnswer): its longest length. */
  longText?: { maxLength: number };
  /** Skip this step entirely when it does not apply. */
  when?(data: FlowData): boolean;
  /**
   * The progress counter ("check-in · 2/6") counts every step of the definition once, whether or
   * not it applies, so its total never changes. A follow-up asked only sometimes ("what would you
   * call the other emotion?", the enrollment code after "yes, I have one") is not counted: it
   * shares the number of the step it follows up, named here (which must come before it).
   */
  partOf?: string;
  /** Not counted, and shown without a counter: a welcome or a chooser before the questions. */
  uncounted?: boolean;
  view(data: FlowData, context: FlowContext): StepView;
  accept(input: StepInput, data: FlowData, context: FlowContext): StepOutcome | Promise<StepOutcome>;
  /** Called when the person goes `back` from this step, to forget its (partial) answer. */
  clear?(data: FlowData): FlowData;
}

export interface FlowDefinition {
  name: string;
  /** Bumped when steps change incompatibly; stored state of another version restarts politely. */
  version: number;
  /** How the flow is called in messages ("check-in"). */
  title: string;
  steps: StepDefinition[];
  /** Why the flow cannot start now (e.g. not set up yet), or undefined. */
  guard?(context: FlowContext): string | undefined;
  /** Initial answers. */
  init?(context: FlowContext): FlowData | Promise<FlowData>;
  /**
   * Whether a kept draft (its answers) is what a start with these initial answers asks for; when
   * not, the flow starts afresh without offering the draft (`/assessment who5` with a PHQ-8 draft).
   * Default: any draft of the flow is offered.
   */
  draftFits?(draft: FlowData, initial: FlowData): boolean;
  /** Writes the result (in the same transaction) and returns what to say. */
  finish(data: FlowData, context: FlowContext): Promise<(OutboundMessage | string)[]>;
  /** Whether the flow keeps a draft on cancel (default true). */
  keepsDraft?: boolean;
  /**
   * Which steps the progress counter counts (see {@link StepDefinition.partOf}). Default: every step
   * that is neither `uncounted` nor `partOf` another. A function: the ids counted for these answers,
   * fixed from the moment it returns any (a questionnaire's own items, once one is chosen), or
   * undefined for no counter yet. `false`: no counter (a menu whose steps lead back to it).
   */
  progress?: false | ((data: FlowData) => readonly string[] | undefined);
}

/** A command that answers at once (no questions). Flows are started by their own commands. */
export interface InstantCommand {
  command: string;
  description: string;
  /** Needs a set-up person. */
  needsPerson?: boolean;
  run(context: FlowContext, args: string): Promise<void>;
}
