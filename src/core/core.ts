import type { Logger } from '../logger.js';
import { runAfterCommit, type AfterCommitTask } from './after-commit.js';
import type { Repositories, Store } from '../db/store.js';
import type { StoredFlow } from '../db/repositories/conversations.js';
import { OUTBOX_PRIORITY, type ClaimedMessage, type OutboxClaim } from '../db/repositories/outbox.js';
import type { Clock } from './clock.js';
import { INSTANT_COMMANDS, skipToday, snoozeCheckIn, type InstantCommand } from './commands.js';
import { PROMPT_ACTIONS } from '../scheduling/prompts.js';
import * as copy from './copy.js';
import { platformOf, type InboundEvent } from './events.js';
import { DRAFT_TTL_MS, FlowEngine, STALE_BUTTON } from './flows/engine.js';
import { createAssessmentFlow } from './flows/assessment.js';
import { checkInFlow } from './flows/check-in.js';
import { createDeleteDataFlow } from './flows/delete-data.js';
import { onboardingFlow } from './flows/onboarding.js';
import { settingsFlow } from './flows/settings.js';
import { thoughtRecordFlow } from './flows/thought-record.js';
import type { FlowContext, FlowState } from './flows/types.js';
import { KeyedLock } from './keyed-lock.js';
import { cheerCommand, confirmPartnership, isPartnerSuggestionButton, PARTNER_CONFIRM_PREFIX, partnerCommand, pressPartnerSuggestion } from './partners/partner-commands.js';
import { cheerFlow, partnerInviteFlow, partnerJoinFlow } from './partners/partner-flows.js';
import { EXERCISE_FLOWS } from './exercises/flows.js';
import { EXERCISE_COMMANDS, isExerciseButton, pressExerciseButton } from './exercises/routing.js';
import type { OutboundMessage } from './messages.js';
import type { ErasureOptions } from './privacy/erasure.js';
import { SafetyService } from './safety/safety-service.js';
import { MAKE_PLAN, NO_PLAN_YET, SHOW_PLAN } from './safety/crisis-copy.js';
import { enqueueRiskAlerts } from './therapists/risk-alert.js';
import { SAFETY_PLAN, safetyPlanCrisisLines } from './exercises/safety-plan.js';
import { safetyPlanCommand } from './exercises/routing.js';
import { START_ACTION } from './exercises/flows.js';
import type { Choice } from './messages.js';

/** Button under a crisis response outside a flow: show the person's safety plan. */
const SHOW_PLAN_CHOICE = 'sp.show';

/** Longest message the core accepts; longer ones get a kind reply (nothing is stored). */
export const MAX_TEXT_LENGTH = 2_000;

/** Commands that start a flow. */
const FLOW_COMMANDS: { command: string; flow: string; description: string }[] = [
  { command: 'checkin', flow: 'checkin', description: 'Emotion check-in (about 30 seconds)' },
  { command: 'thought', flow: 'thought', description: 'Work through a CBT thought record' },
  { command: 'assessment', flow: 'assessment', description: 'Questionnaires (PHQ-8/9, GAD-7, WHO-5)' },
  { command: 'settings', flow: 'settings', description: 'Timezone, check-in time, quiet hours, therapist code' },
  { command: 'delete', flow: 'delete', description: 'Delete everything you’ve stored' },
];
const NAVIGATION = new Set(['back', 'skip', 'cancel']);

export interface CoreOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Timezone for people who have not chosen one. */
  defaultTimezone?: string;
  /** Region whose crisis lines are shown (see src/core/safety/crisis-resources.ts). */
  crisisRegion?: string;
  /** The practice offers the PHQ-9 (with its self-harm item) instead of the PHQ-8. Default false. */
  phq9Enabled?: boolean;
  /** Most active accountability partners per person (1–3). */
  partnerLimit?: number;
  /** What `/delete` tells people is kept, and what runs once an erasure has committed. */
  erasure: ErasureOptions;
  /** Called after messages were committed to the outbox, to wake the delivery worker. */
  onEnqueued?: () => void;
  /**
   * The delivery worker in this process. Replies it can send now are claimed for it in the
   * transaction that writes them and handed over after commit, so a reply costs no claim query
   * and waits for no poll; whatever it cannot take waits in the outbox as usual.
   */
  delivery?: {
    claimFor(platform: string, now: Date): OutboxClaim | undefined;
    handOff(messages: readonly ClaimedMessage[]): void;
  };
  /**
   * Awaited before an event is handled: backpressure. Resolves at once normally, later while the
   * delivery worker is far behind on the event's platform, so replies stay prompt instead of
   * queueing up.
   */
  beforeHandle?: (event: InboundEvent) => Promise<void>;
}

/** The commands clients can use, for /help and platform command menus (static: no core needed). */
export function clientCommands(): { command: string; description: string }[] {
  return [
    { command: 'start', description: 'Begin, or change your settings' },
    ...FLOW_COMMANDS.map(({ command, description }) => ({ command, description })),
    ...[...INSTANT_COMMANDS, partnerCommand, cheerCommand, ...EXERCISE_COMMANDS].map(({ command, description }) => ({ command, description })),
    { command: 'help', description: 'What I can do' },
  ];
}

/**
 * The core: takes normalised events, decides what happens, and writes the answer, the new flow
 * state and the replies in one transaction — so nothing a person typed is lost and nothing is said
 * twice. Events for one conversation are handled one at a time; platform redeliveries are dropped.
 */
export class BetweenCore {
  private readonly lock = new KeyedLock();
  private readonly instant = new Map<string, InstantCommand>([...INSTANT_COMMANDS, partnerCommand, cheerCommand, ...EXERCISE_COMMANDS].map((c) => [c.command, c]));
  readonly engine: FlowEngine;
  readonly safety: SafetyService;

  constructor(private readonly options: CoreOptions) {
    const assessmentFlow = createAssessmentFlow({ phq9Enabled: options.phq9Enabled ?? false });
    this.engine = new FlowEngine(
      [
      onboardingFlow,
      checkInFlow,
      thoughtRecordFlow,
      settingsFlow,
      createDeleteDataFlow(options.erasure),
      assessmentFlow,
      partnerInviteFlow,
      partnerJoinFlow,
      cheerFlow,
      ...EXERCISE_FLOWS,
      ],
      { showSafetyPlan: (context) => this.safetyPlanMessage(context) },
    );
    this.safety = new SafetyService({ region: options.crisisRegion ?? 'US', alertTherapists: enqueueRiskAlerts, ownPlan: safetyPlanCrisisLines });
  }

  /** The person's safety plan as a message, or how to write one. */
  private async safetyPlanMessage(context: FlowContext): Promise<OutboundMessage | string> {
    const replies: (OutboundMessage | string)[] = [];
    const plan = context.person ? await context.repos.exercises.latest(context.person.id, SAFETY_PLAN) : null;
    if (!plan) return NO_PLAN_YET;
    await safetyPlanCommand.run({ ...context, reply: (message) => replies.push(message), startFlow: async () => {} }, '');
    const shown = replies[0];
    return typeof shown === 'string' ? shown : { text: shown?.text ?? NO_PLAN_YET };
  }

  /** Choices under a crisis response given outside any flow. */
  private async outsideFlowChoices(context: FlowContext): Promise<Choice[]> {
    if (!context.person) return [];
    const plan = await context.repos.exercises.latest(context.person.id, SAFETY_PLAN);
    return [plan ? { id: SHOW_PLAN_CHOICE, label: SHOW_PLAN } : { id: `${START_ACTION}${SAFETY_PLAN}`, label: MAKE_PLAN }];
  }

  /** Commands for /help and platform command menus. */
  get commandList(): { command: string; description: string }[] {
    return clientCommands();
  }

  /** Entry point for every adapter. Never throws for a handler bug: the person gets an apology. */
  async handle(event: InboundEvent): Promise<void> {
    await this.options.beforeHandle?.(event);
    return this.lock.run(event.address, () => this.handleNow(event));
  }

  private async handleNow(event: InboundEvent): Promise<void> {
    const { store, clock, logger, delivery } = this.options;
    const updateKey = `${event.platform}:${event.updateId}`;
    try {
      const handled = await store.transaction(async (repos) => {
        const now = clock.now();
        if (!(await repos.processedUpdates.markProcessed(updateKey, now))) return undefined;
        const replies: OutboundMessage[] = [];
        const afterCommit: AfterCommitTask[] = [];
        await this.route(event, repos, now, (message) => replies.push(typeof message === 'string' ? { text: message } : message), (task) => afterCommit.push(task));
        const claim = replies.length > 0 ? delivery?.claimFor(platformOf(event.address), now) : undefined;
        const handed: ClaimedMessage[] = [];
        for (const [index, message] of replies.entries()) {
          const priority = message.urgent ? OUTBOX_PRIORITY.urgent : OUTBOX_PRIORITY.reply;
          const item = { idempotencyKey: `reply:${updateKey}:${index}`, address: event.address, message, dueAt: now, priority };
          if (!claim) await repos.outbox.enqueue(item);
          else {
            const claimed = await repos.outbox.enqueueClaimed(item, claim);
            if (claimed) handed.push(claimed);
          }
        }
        return { handed, queued: repos.outbox.added - handed.length, afterCommit };
      });
      if (!handled) logger.debug({ platform: event.platform, updateId: event.updateId }, 'duplicate update dropped');
      else {
        if (handled.handed.length > 0) delivery?.handOff(handled.handed);
        if (handled.queued > 0) this.options.onEnqueued?.();
        await runAfterCommit(handled.afterCommit, logger);
      }
    } catch (err) {
      logger.error({ err, platform: event.platform, kind: event.kind }, 'handling an update failed');
      await this.apologise(event, updateKey);
    }
  }

  private async apologise(event: InboundEvent, updateKey: string): Promise<void> {
    try {
      await this.options.store.repos.outbox.enqueue({
        idempotencyKey: `apology:${updateKey}`,
        address: event.address,
        message: { text: copy.APOLOGY },
        dueAt: this.options.clock.now(),
      });
      this.options.onEnqueued?.();
    } catch (err) {
      this.options.logger.error({ err, platform: event.platform }, 'could not enqueue the apology');
    }
  }

  private async route(event: InboundEvent, repos: Repositories, now: Date, reply: (message: OutboundMessage | string) => void, afterCommit: (task: AfterCommitTask) => void): Promise<void> {
    const engine = this.engine;
    const conversation = await repos.conversations.load(event.address);
    const personBefore = await repos.people.findByIdentity(event.platform, event.from.platformUserId);
    // Set when startFlow has shown the flow in progress again, so it is not shown twice.
    let flowRepeated = false;
    const context: FlowContext = {
      event,
      now,
      repos,
      person: personBefore,
      safety: this.safety,
      reply,
      afterCommit,
      defaultTimezone: this.options.defaultTimezone ?? 'UTC',
      partnerLimit: this.options.partnerLimit ?? 1,
      startFlow: async (name, preset) => {
        if (state) {
          engine.repeat(state, context, `You’re in the middle of a ${engine.titleOf(state.flow)}. Answer below, or type cancel to stop it first.`);
          flowRepeated = true;
        } else state = await engine.start(name, { ...context, ...(preset && { preset }) }, conversation);
      },
    };
    let state: FlowState | null = engine.fromStored(conversation?.active ?? null);
    let draft = conversation?.draft && conversation.draft.expiresAt > now ? conversation.draft : null;
    const keepDraft = (stored: StoredFlow) => (draft = { ...stored, expiresAt: new Date(now.getTime() + DRAFT_TTL_MS) });
    const repeatIfActive = () => state && engine.repeat(state, context, `Back to your ${engine.titleOf(state.flow)}:`);

    if (event.kind === 'command') {
      const name = event.name;
      if (event.args.length > MAX_TEXT_LENGTH) {
        reply(copy.tooLong(MAX_TEXT_LENGTH, event.args.length));
      } else if (NAVIGATION.has(name)) {
        if (state) state = await engine.handle(state, { kind: 'navigate', action: name as 'back' | 'skip' | 'cancel' }, context, keepDraft);
        else reply(`There’s nothing to ${name} right now. Type /help to see what I can do.`);
      } else if (name === 'help') {
        reply(copy.helpText(this.commandList, this.safety.resourcesFor(context.person)));
        repeatIfActive();
      } else if (name === 'start' || FLOW_COMMANDS.some((c) => c.command === name)) {
        const target = name === 'start' ? (context.person ? 'settings' : 'onboarding') : FLOW_COMMANDS.find((c) => c.command === name)!.flow;
        if (state && state.flow === target) {
          engine.repeat(state, context, 'We’re in the middle of that already:');
        } else if (state) {
          engine.repeat(state, context, `You’re in the middle of a ${engine.titleOf(state.flow)}. Answer below, or type cancel to stop it first.`);
        } else {
          if (name === 'start' && context.person) reply('Welcome back! You’re already set up — here are your settings.');
          state = await engine.start(target, context, conversation);
        }
      } else if (this.instant.has(name)) {
        const command = this.instant.get(name)!;
        const before = state;
        if (command.needsPerson && !context.person) reply('Let’s get you set up first — type /start.');
        else await command.run(context, event.args);
        if (state === before && !flowRepeated) repeatIfActive();
      } else {
        reply(copy.unknownCommand(name));
        repeatIfActive();
      }
    } else if (event.kind === 'text') {
      const text = event.text.trim();
      if (!text) {
        reply(state ? 'I got an empty message.' : copy.EMPTY_MESSAGE);
        repeatIfActive();
      } else if (text.length > MAX_TEXT_LENGTH) {
        reply(copy.tooLong(MAX_TEXT_LENGTH, text.length));
        repeatIfActive();
      } else {
        // Every typed word is screened, whatever the question. Crisis language is never taken as an
        // answer: the question waits (held) behind the crisis response and its choices.
        const held = state ? engine.holdForSafety(state) : null;
        const outcome = await this.safety.screen(text, state?.flow ?? 'free_text', context, {
          screening: state ? engine.screeningOf(state) : 'free_text',
          choices: held ? engine.safetyChoices(held) : () => this.outsideFlowChoices(context),
        });
        if (outcome === 'crisis') state = held;
        else if (state) state = await engine.handle(state, { kind: 'text', text }, context, keepDraft);
        else reply(context.person ? copy.FREE_TEXT_OUTSIDE_FLOW : copy.FREE_TEXT_BEFORE_START);
      }
    } else if (event.kind === 'unsupported') {
      reply(copy.cannotRead(event.content));
      repeatIfActive();
    } else if (Object.values(PROMPT_ACTIONS).includes(event.choiceId as never)) {
      // Buttons on a scheduled prompt: harmless actions on the person's own chat, valid any time.
      if (!context.person) reply('Let’s get you set up first — type /start.');
      else if (event.choiceId === PROMPT_ACTIONS.snooze) await snoozeCheckIn(context);
      else if (event.choiceId === PROMPT_ACTIONS.later) await skipToday(context);
      else if (state && state.flow === 'checkin') engine.repeat(state, context, 'We’re in the middle of a check-in already:');
      else if (state) engine.repeat(state, context, `You’re in the middle of a ${engine.titleOf(state.flow)}. Answer below, or type cancel to stop it first.`);
      else state = await engine.start('checkin', context, conversation);
      if (state && event.choiceId !== PROMPT_ACTIONS.start) repeatIfActive();
    } else if (event.choiceId === SHOW_PLAN_CHOICE) {
      // Under a crisis response outside a flow: the plan, whatever is going on.
      reply(await this.safetyPlanMessage(context));
      repeatIfActive();
    } else if (event.choiceId.startsWith(PARTNER_CONFIRM_PREFIX)) {
      await confirmPartnership(context, event.choiceId);
      repeatIfActive();
    } else if (isPartnerSuggestionButton(event.choiceId)) {
      // A therapist's pairing suggestion: valid any time; a flow in progress is shown again.
      const before = state;
      await pressPartnerSuggestion(context, event.choiceId);
      if (state === before && !flowRepeated) repeatIfActive();
    } else if (isExerciseButton(event.choiceId)) {
      // Homework library buttons (start an exercise, answer a follow-up): valid any time.
      await pressExerciseButton(context, event.choiceId);
    } else if (state) {
      state = await engine.handle(state, { kind: 'choice', choiceId: event.choiceId }, context, keepDraft);
    } else {
      reply(`${STALE_BUTTON.replace(' Here is where we are:', '')} Type /help to see what I can do.`);
    }

    if (personBefore && !context.person) return; // erased: nothing of theirs may be written back
    if (state && draft && draft.flow === state.flow && state.step !== '__resume') draft = null;
    await repos.conversations.save(
      event.address,
      { personId: context.person?.id ?? null, active: engine.toStored(state), draft },
      conversation?.id,
    );
  }
}
