import { randomBytes } from 'node:crypto';
import type { ConversationRecord, StoredFlow } from '../../db/repositories/conversations.js';
import { esc, italic, type Choice, type OutboundMessage } from '../messages.js';
import type { ScreeningContext } from '../safety/crisis-types.js';
import { hasMessage, translate, typedMeaning, foldVariants, type TypedMeaning } from '../i18n/index.js';
import type { ChoiceOption, FlowContext, ReplyOptions, FlowData, FlowDefinition, FlowMeta, FlowState, StepDefinition, StepInput, StepView } from './types.js';

/** How long a cancelled flow's answers are kept so the person can pick up again. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A chat quiet for longer than this, mid-flow, is asked "continue or stop?" before its next answer
 * is taken (as after a restart): the person may no longer have the open question in mind.
 */
export const RESUME_AFTER_PAUSE_MS = 6 * 60 * 60 * 1000;

/** Choice values the engine itself handles. */
export const DONE = '__done';
export const SKIP = '__skip';
const YES = 'yes';
const NO = 'no';
const RESUME_STEP = '__resume';
/** Choice values of the safety hold (see {@link FlowEngine.holdForSafety}). */
const HOLD = { safe: '__safe', stop: '__stop', plan: '__plan' } as const;
/** Choice values of "continue or stop?" after a restart or a pause (see {@link FlowEngine.askToResume}). */
const RESUMING = { continue: '__continue', stop: '__stop' } as const;
/** Typed answers (in the person's language, see src/core/i18n/typed-words.ts) to "continue or stop?". */
const RESUMING_TYPED: Record<keyof typeof RESUMING, readonly TypedMeaning[]> = { continue: ['continue', 'yes'], stop: ['stop', 'later', 'cancel', 'no'] };
/** Typed answers to the safety hold's choices besides their names and numbers. */
const HOLD_TYPED: Record<keyof typeof HOLD, readonly TypedMeaning[]> = { safe: ['continue', 'yes'], stop: ['stop', 'later', 'cancel'], plan: ['plan'] };
/** The safety hold's choices: catalog ids (safety.ftl). */
const HOLD_LABELS: Record<keyof typeof HOLD, string> = { safe: 'hold-choice-safe', stop: 'hold-choice-stop', plan: 'hold-choice-plan' };

/**
 * Whether a (normalised) answer picks one of the engine's own choices: pressed (its value), typed as
 * its number, as one of its typed words in the person's language, or as its label.
 */
function answers(
  answer: string | undefined,
  meaning: TypedMeaning | undefined,
  choice: { value: string; number: string; typed: readonly TypedMeaning[]; label: string },
): boolean {
  if (answer === undefined) return false;
  return answer === choice.value || answer === choice.number || (meaning !== undefined && choice.typed.includes(meaning)) || sameName(choice.label, answer);
}

/** Marks a reply that shows the open question again, changed (see {@link ReplyOptions}). */
const SAME_QUESTION: ReplyOptions = { sameQuestion: true };

/** The English stale-button lead (the engine says it in the person's language: `engine-stale-button`). */
export const STALE_BUTTON = translate('en', 'engine-stale-button');

/**
 * A flow's name in messages, in the person's language (`flow-title-<name>` in the catalogs, with
 * `.` and `_` as `-`: `exercise.safety_plan` is `flow-title-exercise-safety-plan`); flows not yet
 * moved to the catalogs keep their English `title`.
 */
export function flowTitle(flow: Pick<FlowDefinition, 'name' | 'title'>, context: Pick<FlowContext, 'locale' | 't'>): string {
  const id = `flow-title-${flow.name.replace(/[._]/g, '-')}`;
  return hasMessage(context.locale, id) ? context.t(id) : flow.title;
}

/** The variables every message naming a flow gets: its name (for the catalogs' grammar) and title. */
function flowArgs(flow: FlowDefinition, context: FlowContext): { flow: string; title: string } {
  return { flow: flow.name, title: flowTitle(flow, context) };
}

function newNonce(): string {
  return randomBytes(4).toString('base64url').slice(0, 5);
}

/** Normalises a label or typed word for matching ("  Talked to someone! " → "talked to someone"). */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[✓✔☑]/g, '')
    .replace(/[^\p{L}\p{N}\s:/+-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether typed text names `label`, accents aside ("si" for "Sí", "Maerz" for "März"). */
function sameName(label: string, typed: string): boolean {
  const wanted = foldVariants(typed.replace(/[✓✔☑]/g, ''));
  return foldVariants(label.replace(/[✓✔☑]/g, '')).some((variant) => variant !== '' && wanted.includes(variant));
}

function matchOption(options: readonly ChoiceOption[], token: string, allowIndex: boolean, context: FlowContext): ChoiceOption | undefined {
  const wanted = normalise(token);
  if (!wanted) return undefined;
  const exact = options.find((option) => sameName(option.label, token) || normalise(option.value) === wanted);
  if (exact) return exact;
  if (allowIndex && /^\d{1,2}$/.test(wanted)) return options[Number(wanted) - 1];
  // A yes/no question answered with the person's word for it ("sí", "nein").
  const meaning = typedMeaning(token, context.locale);
  if (meaning === 'yes' || meaning === 'no') return options.find((option) => option.value === meaning);
  return undefined;
}

/** A counter is shown only for flows of more questions than this. */
const MIN_COUNTED_STEPS = 2;

/**
 * Where `step` stands in its flow: a stable total, from the definition (see
 * {@link StepDefinition.partOf}), so that walking forward the number never goes back, the total
 * never changes, and the last question shows total/total. Undefined: no counter.
 */
export function progressOf(flow: FlowDefinition, step: StepDefinition, data: FlowData): { position: number; total: number } | undefined {
  if (flow.progress === false) return undefined;
  const counted = flow.progress ? flow.progress(data) : flow.steps.filter((s) => !s.partOf && !s.uncounted).map((s) => s.id);
  if (!counted || counted.length <= MIN_COUNTED_STEPS) return undefined;
  const position = counted.indexOf(step.partOf ?? step.id) + 1;
  return position > 0 ? { position, total: counted.length } : undefined;
}

/** A follow-up must name a counted step before it, or its number would jump back. */
function checkProgress(flow: FlowDefinition): void {
  flow.steps.forEach((step, index) => {
    if (!step.partOf) return;
    const target = flow.steps.findIndex((s) => s.id === step.partOf);
    if (target === -1 || target >= index || flow.steps[target]!.partOf || flow.steps[target]!.uncounted) {
      throw new Error(`flow ${flow.name}: step ${step.id} is partOf ${step.partOf}, which must be a counted step before it`);
    }
  });
}

/**
 * Runs flows: explicit, versioned state machines whose state (step, answers, bookkeeping) is
 * persisted after every event. Handles what every step shares — buttons and typed answers, `back`,
 * `skip`, `cancel` with a 24-hour draft, stale buttons, crisis checks of free text — so a flow is
 * only its steps and what it does when finished.
 */
export interface FlowEngineOptions {
  /** The person's safety plan, for "Show my safety plan" after a crisis response mid-flow. */
  showSafetyPlan?(context: FlowContext): Promise<OutboundMessage | string>;
}

export class FlowEngine {
  private readonly flows = new Map<string, FlowDefinition>();

  constructor(
    flows: readonly FlowDefinition[],
    private readonly options: FlowEngineOptions = {},
  ) {
    for (const flow of flows) {
      checkProgress(flow);
      this.flows.set(flow.name, flow);
    }
  }

  /** How typed text at the current question is screened for crisis language. */
  screeningOf(state: FlowState): ScreeningContext {
    if (state.meta.safetyHold || state.meta.confirmingCancel || state.meta.resuming || state.step === RESUME_STEP) return 'free_text';
    const flow = this.flows.get(state.flow);
    return flow?.steps.find((step) => step.id === state.step)?.screening ?? 'free_text';
  }

  /**
   * The flow paused by a crisis response: the message that triggered it is not an answer, and the
   * next answer is one of {@link safetyChoices}. The open question and everything answered stay.
   */
  holdForSafety(state: FlowState): FlowState {
    return { ...state, meta: { ...state.meta, safetyHold: true, confirmingCancel: false, resuming: undefined, nonce: newNonce() } };
  }

  /**
   * After a restart or a pause: asks "You were in the middle of … — continue or stop?" instead of
   * taking the next answer, and returns the state waiting for that; undefined (nothing said) when
   * the flow is already waiting for an answer about itself (stop?, a safety hold, a kept draft).
   */
  askToResume(state: FlowState, context: FlowContext): FlowState | undefined {
    const { meta } = state;
    if (meta.safetyHold || meta.confirmingCancel || meta.resuming || state.step === RESUME_STEP || !this.flows.has(state.flow)) return undefined;
    const asking: FlowState = { ...state, meta: { ...meta, resuming: { nonce: meta.nonce }, nonce: newNonce() } };
    context.reply(this.render(asking, context));
    return asking;
  }

  /** The choices offered with the crisis response while `state` is held. */
  safetyChoices(state: FlowState, context: Pick<FlowContext, 't'>): Choice[] {
    return (Object.keys(HOLD) as (keyof typeof HOLD)[]).map((key) => ({ id: `${state.meta.nonce}.${HOLD[key]}`, label: context.t(HOLD_LABELS[key]) }));
  }

  has(name: string): boolean {
    return this.flows.has(name);
  }

  /** Flow `name`'s title in the person's language, and its name (see {@link flowTitle}). */
  titleOf(name: string, context: Pick<FlowContext, 'locale' | 't'>): { flow: string; title: string } {
    const flow = this.flows.get(name);
    return { flow: name, title: flow ? flowTitle(flow, context) : name };
  }

  /** Reads a stored flow back into engine state. */
  fromStored(stored: StoredFlow | null): FlowState | null {
    if (!stored) return null;
    const { answers, meta } = stored.data as { answers?: FlowData; meta?: FlowMeta };
    return { flow: stored.flow, step: stored.step, version: stored.version, data: answers ?? {}, meta: meta ?? { nonce: '', history: [] } };
  }

  toStored(state: FlowState | null): StoredFlow | null {
    if (!state) return null;
    return { flow: state.flow, step: state.step, version: state.version, data: { answers: state.data, meta: state.meta } };
  }

  /**
   * Starts `name`. When a recent draft of the same flow exists, first asks whether to continue it.
   * Returns the new state, or null when the flow's guard refused (it has replied why).
   */
  async start(name: string, context: FlowContext, conversation: ConversationRecord | null): Promise<FlowState | null> {
    const flow = this.require(name);
    const refusal = flow.guard?.(context);
    if (refusal) {
      context.reply(refusal);
      return null;
    }
    const initial = await this.initialData(flow, context);
    const draft = conversation?.draft;
    const draftAnswers = (draft?.data as { answers?: FlowData } | undefined)?.answers ?? {};
    if (draft && draft.flow === name && draft.version === flow.version && draft.expiresAt > context.now && (flow.draftFits?.(draftAnswers, initial) ?? true)) {
      // The initial answers wait in the resume question, so "Start over" starts what was asked for.
      const state: FlowState = { flow: name, step: RESUME_STEP, version: flow.version, data: initial, meta: { nonce: newNonce(), history: [] } };
      context.reply(this.render(state, context));
      return state;
    }
    return this.fresh(flow, context, initial);
  }

  private async initialData(flow: FlowDefinition, context: FlowContext): Promise<FlowData> {
    return { ...((await flow.init?.(context)) ?? {}), ...(context.preset ?? {}) };
  }

  private async fresh(flow: FlowDefinition, context: FlowContext, initial?: FlowData): Promise<FlowState | null> {
    const data = initial ?? (await this.initialData(flow, context));
    const first = this.nextStep(flow, -1, data);
    if (!first) return this.finish(flow, data, context);
    const state: FlowState = { flow: flow.name, step: first.id, version: flow.version, data, meta: { nonce: newNonce(), history: [] } };
    context.reply(this.render(state, context));
    return state;
  }

  /** Shows the current question again (after /help, an interruption, or a restart). */
  repeat(state: FlowState, context: FlowContext, lead?: string): void {
    context.reply(this.render(state, context, lead));
  }

  /**
   * Handles one event for the flow in progress. Returns the new state; null when the flow finished
   * or was cancelled. `draft` receives a cancelled flow's state to keep.
   */
  async handle(
    state: FlowState,
    input: { kind: 'text'; text: string } | { kind: 'choice'; choiceId: string } | { kind: 'navigate'; action: 'back' | 'skip' | 'cancel' },
    context: FlowContext,
    keepDraft: (stored: StoredFlow) => void,
  ): Promise<FlowState | null> {
    const flow = this.flows.get(state.flow);
    if (!flow || flow.version !== state.version) {
      context.reply(context.t('engine-version-changed'));
      return flow ? this.fresh(flow, context) : null;
    }

    // Buttons carry the nonce of the question they belong to.
    let typed: string | undefined;
    let pressed: string | undefined;
    if (input.kind === 'choice') {
      const dot = input.choiceId.indexOf('.');
      if (dot === -1 || input.choiceId.slice(0, dot) !== state.meta.nonce) {
        context.reply(this.render(state, context, context.t('engine-stale-button')), SAME_QUESTION);
        return state;
      }
      pressed = input.choiceId.slice(dot + 1);
    } else if (input.kind === 'text') {
      typed = input.text.trim();
    }

    const word = typed !== undefined ? normalise(typed) : undefined;
    const meaning = typed !== undefined ? typedMeaning(typed, context.locale) : undefined;
    const navigation = meaning === 'stop' ? 'cancel' : meaning === 'back' || meaning === 'skip' || meaning === 'cancel' ? meaning : undefined;
    const action = input.kind === 'navigate' ? input.action : navigation && !this.namesAnOption(state, typed!, context) ? navigation : pressed === SKIP ? 'skip' : undefined;

    if (state.meta.safetyHold) return this.answerSafetyHold(flow, state, input.kind === 'navigate' ? input.action : (pressed ?? word), context, keepDraft);
    if (state.meta.resuming) return this.answerResuming(flow, state, input.kind === 'navigate' ? input.action : (pressed ?? word), context, keepDraft);
    if (state.meta.confirmingCancel) return this.answerCancel(flow, state, pressed ?? this.yesNoTyped(state, typed, context) ?? word, context, keepDraft);
    if (state.step === RESUME_STEP) return this.answerResume(flow, state, pressed ?? this.resumeTyped(state, typed, context) ?? word, context);

    if (action === 'cancel') {
      const confirming: FlowState = { ...state, meta: { ...state.meta, confirmingCancel: true, nonce: newNonce() } };
      context.reply(this.render(confirming, context));
      return confirming;
    }
    const step = this.stepOf(flow, state.step);
    if (action === 'back') return this.back(flow, state, context);
    if (action === 'skip') {
      if (!step.optional) {
        this.repeat(state, context, step.cannotSkip?.(context) ?? context.t('engine-cannot-skip'));
        return state;
      }
      return this.advance(flow, state, step, { ...state.data }, undefined, context);
    }

    const view = step.view(state.data, context);
    // A typed number for an option the engine adds (Skip, Done) means that option,
    // as on platforms without buttons the list is numbered in the order rendered.
    const extra = typed !== undefined ? this.extraOptionTyped(state, view, step, typed, context) : undefined;
    if (extra === SKIP) return this.advance(flow, state, step, { ...state.data }, undefined, context);
    if (extra === DONE) pressed = DONE;
    const stepInput = this.toStepInput(view.options ?? [], Boolean(view.multiSelect), pressed, pressed === DONE ? undefined : typed, context);
    if ('error' in stepInput) {
      this.repeat(state, context, stepInput.error);
      return state;
    }
    const outcome = await step.accept(stepInput, state.data, context);
    if (!outcome.ok) {
      this.repeat(state, context, outcome.error);
      return state;
    }
    if (outcome.stay) {
      // A multi-select toggle keeps the question's nonce so the other buttons on it stay valid;
      // the next item of a rating loop is a new question.
      const meta = view.multiSelect ? state.meta : { ...state.meta, nonce: newNonce() };
      const next: FlowState = { ...state, data: outcome.data, meta };
      context.reply(this.render(next, context, outcome.lead), view.multiSelect ? SAME_QUESTION : undefined);
      return next;
    }
    return this.advance(flow, state, step, outcome.data, outcome.next, context, outcome.lead);
  }

  /** SKIP or DONE when `typed` is the number (or the label) of one of the options the engine adds. */
  private extraOptionTyped(state: FlowState, view: StepView, step: StepDefinition, typed: string, context: FlowContext): string | undefined {
    const options = view.options ?? [];
    if (options.length > 0 && options.every((option) => /^\d+$/.test(option.label))) return undefined;
    const rendered = this.render(state, context).choices ?? [];
    const wanted = normalise(typed);
    const index = /^\d{1,2}$/.test(wanted) ? Number(wanted) - 1 : -1;
    const choice = rendered[index] ?? rendered.find((c) => sameName(c.label, typed));
    const value = choice?.id.slice(choice.id.indexOf('.') + 1);
    if (value === SKIP && step.optional) return SKIP;
    if (value === DONE && view.multiSelect) return DONE;
    const meaning = typedMeaning(typed, context.locale);
    if (view.multiSelect && meaning === 'done' && !options.some((option) => sameName(option.label, typed))) return DONE;
    // "none" with nothing ticked: Done (the step says whether choosing none is fine).
    if (view.multiSelect && !view.selected?.length && meaning === 'none' && !options.some((option) => sameName(option.label, typed))) return DONE;
    return undefined;
  }

  private toStepInput(
    options: readonly ChoiceOption[],
    multi: boolean,
    pressed: string | undefined,
    typed: string | undefined,
    context: FlowContext,
  ): StepInput | { error: string } {
    if (pressed !== undefined) {
      if (pressed === DONE || options.some((option) => option.value === pressed)) return { kind: 'choice', value: pressed };
      return { error: context.t('engine-stale-button') };
    }
    const text = typed ?? '';
    if (options.length === 0) return { kind: 'text', text };
    // On a numeric scale "7" means seven, never "the seventh button".
    const byIndex = !options.every((option) => /^\d+$/.test(option.label));
    if (multi) {
      const whole = matchOption(options, text, false, context);
      if (whole) return { kind: 'choices', values: [whole.value] };
      const tokens = text.split(/[,;\n]+|\s+(?:and|y|e|und|&)\s+|\s+/).filter(Boolean);
      const values: string[] = [];
      for (const token of tokens) {
        // The number (or word) for Done at the end of a typed list just ends it.
        if (typedMeaning(token, context.locale) === 'done' || (byIndex && Number(token) === options.length + 1)) continue;
        const option = matchOption(options, token, byIndex, context);
        if (!option) return { kind: 'text', text };
        if (option.value !== DONE && !values.includes(option.value)) values.push(option.value);
      }
      return values.length ? { kind: 'choices', values } : { kind: 'text', text };
    }
    const option = matchOption(options, text, byIndex, context);
    return option ? { kind: 'choice', value: option.value } : { kind: 'text', text };
  }

  /** Whether typed text is the name of an option of the open question (then it answers, rather than navigates). */
  private namesAnOption(state: FlowState, typed: string, context: FlowContext): boolean {
    if (state.meta.safetyHold || state.meta.resuming || state.meta.confirmingCancel || state.step === RESUME_STEP) return false;
    const flow = this.require(state.flow);
    const options = this.stepOf(flow, state.step).view(state.data, context).options ?? [];
    return options.some((option) => sameName(option.label, typed));
  }

  /** "Stop the check-in?" answered by typing: yes/no in the person's language, or a choice's name. */
  private yesNoTyped(state: FlowState, typed: string | undefined, context: FlowContext): string | undefined {
    if (typed === undefined) return undefined;
    if (sameName(context.t('engine-yes-stop'), typed)) return YES;
    if (sameName(context.t('engine-no-keep-going'), typed)) return NO;
    const meaning = typedMeaning(typed, context.locale);
    return meaning === 'yes' || meaning === 'stop' || meaning === 'cancel' ? YES : meaning === 'no' || meaning === 'continue' ? NO : undefined;
  }

  /** "Continue where you left off?" answered by typing a choice's name or its meaning. */
  private resumeTyped(state: FlowState, typed: string | undefined, context: FlowContext): string | undefined {
    if (typed === undefined) return undefined;
    if (sameName(context.t('engine-start-over'), typed)) return 'restart';
    if (sameName(context.t('engine-continue'), typed)) return 'continue';
    const meaning = typedMeaning(typed, context.locale);
    return meaning === 'continue' || meaning === 'yes' ? 'continue' : undefined;
  }

  private async advance(
    flow: FlowDefinition,
    state: FlowState,
    step: StepDefinition,
    data: FlowData,
    next: string | null | undefined,
    context: FlowContext,
    lead?: string,
  ): Promise<FlowState | null> {
    const index = flow.steps.indexOf(step);
    const target = next === null ? undefined : next !== undefined ? this.stepOf(flow, next) : this.nextStep(flow, index, data);
    if (!target) return this.finish(flow, data, context);
    const history = target.id === step.id ? state.meta.history : [...state.meta.history, step.id];
    const moved: FlowState = { ...state, step: target.id, data, meta: { nonce: newNonce(), history } };
    context.reply(this.render(moved, context, lead));
    return moved;
  }

  private back(flow: FlowDefinition, state: FlowState, context: FlowContext): FlowState {
    const history = [...state.meta.history];
    const previous = history.pop();
    if (!previous) {
      this.repeat(state, context, context.t('engine-nothing-before'));
      return state;
    }
    // Forget the partial answer of the question being left (e.g. a half-finished rating loop).
    const leaving = this.stepOf(flow, state.step);
    const data = leaving.clear ? leaving.clear({ ...state.data }) : state.data;
    const moved: FlowState = { ...state, step: previous, data, meta: { nonce: newNonce(), history } };
    context.reply(this.render(moved, context));
    return moved;
  }

  private async finish(flow: FlowDefinition, data: FlowData, context: FlowContext): Promise<null> {
    for (const message of await flow.finish(data, context)) context.reply(message);
    return null;
  }

  private answerCancel(
    flow: FlowDefinition,
    state: FlowState,
    answer: string | undefined,
    context: FlowContext,
    keepDraft: (stored: StoredFlow) => void,
  ): FlowState | null {
    if (answer === YES || answer === 'y' || answer === '1') {
      const keeps = flow.keepsDraft !== false && state.step !== RESUME_STEP;
      if (keeps) keepDraft(this.toStored({ ...state, meta: { ...state.meta, confirmingCancel: false } })!);
      context.reply(context.t(keeps ? 'engine-stopped-with-draft' : 'engine-stopped', flowArgs(flow, context)));
      return null;
    }
    if (answer === NO || answer === 'n' || answer === '2') {
      const resumed: FlowState = { ...state, meta: { ...state.meta, confirmingCancel: false, nonce: newNonce() } };
      context.reply(this.render(resumed, context, context.t('engine-carry-on')));
      return resumed;
    }
    context.reply(this.render(state, context, context.t('engine-yes-or-no')));
    return state;
  }

  /** An answer while held after a crisis response: continue, stop for now, or see the safety plan. */
  private async answerSafetyHold(
    flow: FlowDefinition,
    state: FlowState,
    answer: string | undefined,
    context: FlowContext,
    keepDraft: (stored: StoredFlow) => void,
  ): Promise<FlowState | null> {
    const meaning = answer !== undefined ? typedMeaning(answer, context.locale) : undefined;
    const picked = (key: keyof typeof HOLD, number: string) => answers(answer, meaning, { value: HOLD[key], number, typed: HOLD_TYPED[key], label: context.t(HOLD_LABELS[key]) });
    const released: FlowState = { ...state, meta: { ...state.meta, safetyHold: false, nonce: newNonce() } };
    if (picked('safe', '1') || meaning === 'back' || meaning === 'skip') {
      context.reply(this.render(released, context, context.t('hold-resumed')));
      return released;
    }
    if (picked('stop', '2')) {
      const keeps = flow.keepsDraft !== false;
      if (keeps) keepDraft(this.toStored({ ...released, meta: { ...released.meta, safetyHold: false } })!);
      context.reply(context.t(keeps ? 'hold-stopped-with-draft' : 'hold-stopped', flowArgs(flow, context)));
      return null;
    }
    if (picked('plan', '3')) {
      if (this.options.showSafetyPlan) context.reply(await this.options.showSafetyPlan(context));
      const again: FlowState = { ...state, meta: { ...state.meta, nonce: newNonce() } };
      context.reply(this.render(again, context));
      return again;
    }
    // Anything else (already screened by the core): no "invalid input", no words quoted back.
    const again: FlowState = { ...state, meta: { ...state.meta, nonce: newNonce() } };
    context.reply(this.render(again, context, context.t('hold-again')));
    return again;
  }

  /** An answer to "continue or stop?" after a restart or a pause. */
  private answerResuming(
    flow: FlowDefinition,
    state: FlowState,
    answer: string | undefined,
    context: FlowContext,
    keepDraft: (stored: StoredFlow) => void,
  ): FlowState | null {
    const meaning = answer !== undefined ? typedMeaning(answer, context.locale) : undefined;
    const picked = (key: keyof typeof RESUMING, number: string) =>
      answers(answer, meaning, { value: RESUMING[key], number, typed: RESUMING_TYPED[key], label: context.t(key === 'continue' ? 'engine-continue' : 'engine-stop-for-now') });
    // The question that was waiting, with its own nonce: shown again unchanged.
    const waiting: FlowState = { ...state, meta: { ...state.meta, resuming: undefined, nonce: state.meta.resuming!.nonce } };
    if (picked('continue', '1')) {
      context.reply(this.render(waiting, context));
      return waiting;
    }
    if (picked('stop', '2')) {
      const keeps = flow.keepsDraft !== false;
      if (keeps) keepDraft(this.toStored(waiting)!);
      context.reply(context.t(keeps ? 'engine-stopped-with-draft' : 'engine-stopped', flowArgs(flow, context)));
      return null;
    }
    context.reply(this.render(state, context, context.t('engine-continue-or-stop')));
    return state;
  }

  private async answerResume(flow: FlowDefinition, state: FlowState, answer: string | undefined, context: FlowContext): Promise<FlowState | null> {
    if (answer === 'continue' || answer === '1') {
      const draft = this.fromStored(await this.loadDraft(context));
      if (draft && draft.flow === flow.name) {
        const resumed: FlowState = { ...draft, meta: { ...draft.meta, nonce: newNonce(), confirmingCancel: false } };
        context.reply(this.render(resumed, context, context.t('engine-resumed')));
        return resumed;
      }
      return this.fresh(flow, context);
    }
    if (answer === 'restart' || answer === 'start over' || answer === '2') return this.fresh(flow, context, state.data);
    this.repeat(state, context, context.t('engine-continue-or-restart'));
    return state;
  }

  private async loadDraft(context: FlowContext): Promise<StoredFlow | null> {
    const conversation = await context.repos.conversations.load(context.event.address);
    return conversation?.draft ?? null;
  }

  /** The question for `state`, with choices carrying the state's nonce. */
  render(state: FlowState, context: FlowContext, lead?: string): OutboundMessage {
    const flow = this.require(state.flow);
    const prefix = lead ? `${lead}\n\n` : '';
    const withNonce = (options: ChoiceOption[]): Choice[] => options.map((o) => ({ id: `${state.meta.nonce}.${o.value}`, label: o.label }));
    const { t } = context;
    const named = flowArgs(flow, context);
    if (state.meta.safetyHold) {
      return { text: `${prefix}${t('hold-prompt')}`, choices: this.safetyChoices(state, context) };
    }
    if (state.meta.resuming) {
      return {
        text: `${prefix}${t('engine-were-in-the-middle', { ...named, title: esc(named.title) })}`,
        choices: [
          { id: `${state.meta.nonce}.${RESUMING.continue}`, label: t('engine-continue') },
          { id: `${state.meta.nonce}.${RESUMING.stop}`, label: t('engine-stop-for-now') },
        ],
      };
    }
    if (state.meta.confirmingCancel) {
      return {
        text: `${prefix}${t(flow.keepsDraft !== false ? 'engine-confirm-stop-with-draft' : 'engine-confirm-stop', named)}`,
        choices: withNonce([
          { value: YES, label: t('engine-yes-stop') },
          { value: NO, label: t('engine-no-keep-going') },
        ]),
      };
    }
    if (state.step === RESUME_STEP) {
      return {
        text: `${prefix}${t('engine-unfinished', named)}`,
        choices: withNonce([
          { value: 'continue', label: t('engine-continue') },
          { value: 'restart', label: t('engine-start-over') },
        ]),
      };
    }
    const step = this.stepOf(flow, state.step);
    const view = step.view(state.data, context);
    const counter = progressOf(flow, step, state.data);
    const progress = counter ? `${italic(t('engine-progress', { title: esc(named.title), position: counter.position, total: counter.total }))}\n` : '';
    const options: ChoiceOption[] = (view.options ?? []).map((option) => ({ ...option }));
    if (view.multiSelect) {
      const selected = new Set(view.selected ?? []);
      for (const option of options) if (selected.has(option.value)) option.label = `✓ ${option.label}`;
      // Always "Done": with nothing ticked it means none (where none is allowed).
      options.push({ value: DONE, label: t('engine-done') });
    }
    if (step.optional && !view.multiSelect) options.push({ value: SKIP, label: t('engine-skip') });
    return {
      text: `${prefix}${progress}${view.text}`,
      ...(options.length > 0 && { choices: withNonce(options) }),
      ...(view.multiSelect && { multiSelect: true }),
      ...(step.longText && { textAnswer: { title: named.title, maxLength: step.longText.maxLength, label: t('adapter-write-answer') } }),
    };
  }

  private nextStep(flow: FlowDefinition, fromIndex: number, data: FlowData): StepDefinition | undefined {
    return flow.steps.slice(fromIndex + 1).find((step) => !step.when || step.when(data));
  }

  private stepOf(flow: FlowDefinition, id: string): StepDefinition {
    const step = flow.steps.find((candidate) => candidate.id === id);
    if (!step) throw new Error(`flow ${flow.name} has no step ${id}`);
    return step;
  }

  private require(name: string): FlowDefinition {
    const flow = this.flows.get(name);
    if (!flow) throw new Error(`unknown flow ${name}`);
    return flow;
  }
}
