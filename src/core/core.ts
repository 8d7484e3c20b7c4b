import { EventEmitter } from 'node:events';
import type { Logger } from '../logger.js';
import { runAfterCommit, type AfterCommitTask } from './after-commit.js';
import type { FlowContext, FlowState } from './flows/types.js';
import type { EventOutcome, MenuCommand } from './adapter.js';
import type { TxRepositories, Store } from '../db/store.js';
import { OUTBOX_PRIORITY, type ClaimedMessage, type OutboxClaim } from '../db/repositories/outbox.js';
import type { Clock } from './clock.js';
import { platformOf, type InboundEvent } from './events.js';
import { negotiateRender, storedLocale, translate, type RenderLocale } from './i18n/index.js';
import { DRAFT_TTL_MS, FlowEngine, RESUME_AFTER_PAUSE_MS } from './flows/engine.js';
import { createAssessmentFlow } from './flows/assessment.js';
import { checkInFlow } from './flows/check-in.js';
import { onboardingFlow } from './flows/onboarding.js';
import { thoughtRecordFlow } from './flows/thought-record.js';
import { KeyedLock } from './keyed-lock.js';
import { cheerFlow, partnerInviteFlow, partnerJoinFlow } from './partners/partner-flows.js';
import { EXERCISE_FLOWS } from './exercises/flows.js';
import { safetyPlanMessage } from './exercises/routing.js';
import { safetyPlanCrisisLines } from './exercises/safety-plan.js';
import { inLocale, type OutboundMessage } from './messages.js';
import { createDeleteDataFlow } from './privacy/delete-data-flow.js';
import type { ErasureOptions } from './privacy/erasure.js';
import { clientCommands, dispatch, Turn } from './routes.js';
import { SafetyService } from './safety/safety-service.js';
import { settingsFlow } from './settings-flow.js';
import { enqueueRiskAlerts } from './therapists/risk-alert.js';

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
  /**
   * Whether the platform's adapter shows buttons (`AdapterCapabilities.buttons`), so replies say
   * "press a button" only where there are buttons. Default: it does.
   */
  hasButtons?: (platform: string) => boolean;
}

/**
 * Emitted once an inbound event is done with: its answer, state and replies are committed (or it
 * was a redelivery, dropped), and its replies handed to delivery. Ids only, never content.
 */
export interface HandledEvent {
  address: string;
  platform: string;
  updateId: string;
}

/**
 * The core: takes normalised events, decides what happens, and writes the answer, the new flow
 * state and the replies in one transaction — so nothing a person typed is lost and nothing is said
 * twice. Events for one conversation are handled one at a time; platform redeliveries are dropped.
 */
export class BetweenCore {
  /** `handled` once per inbound event (see {@link HandledEvent}): what tests and probes wait on. */
  readonly events = new EventEmitter<{ handled: [HandledEvent] }>();
  private readonly lock = new KeyedLock();
  readonly engine: FlowEngine;
  readonly safety: SafetyService;
  /** When this process started handling updates: a flow last answered before it was interrupted by a restart. */
  private readonly startedAt: Date;

  constructor(private readonly options: CoreOptions) {
    this.events.setMaxListeners(0);
    this.startedAt = options.clock.now();
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
      { showSafetyPlan: safetyPlanMessage },
    );
    this.safety = new SafetyService({ region: options.crisisRegion ?? 'US', alertTherapists: enqueueRiskAlerts, ownPlan: safetyPlanCrisisLines });
  }

  /** Commands for /help and platform command menus. */
  get commandList(): MenuCommand[] {
    return clientCommands();
  }

  /** Entry point for every adapter. Never throws for a handler bug: the person gets an apology. */
  async handle(event: InboundEvent): Promise<EventOutcome> {
    await this.options.beforeHandle?.(event);
    const outcome = await this.lock.run(event.address, () => this.handleNow(event));
    try {
      this.events.emit('handled', { address: event.address, platform: event.platform, updateId: event.updateId });
    } catch (err) {
      this.options.logger.error({ err }, 'a handled-event listener threw');
    }
    return outcome;
  }

  private async handleNow(event: InboundEvent): Promise<EventOutcome> {
    const { store, clock, logger, delivery } = this.options;
    const updateKey = `${event.platform}:${event.updateId}`;
    try {
      const handled = await store.transaction(async (repos) => {
        // One writer per chat across instances: another instance's update for this address waits
        // until this transaction has committed, then sees its state.
        await repos.conversations.lockForUpdate(event.address);
        const now = clock.now();
        if (!(await repos.processedUpdates.markProcessed(updateKey, now))) return undefined;
        const replies: Reply[] = [];
        const afterCommit: AfterCommitTask[] = [];
        let lateReplies = 0;
        // A reply that takes long to make (a rendered chart) is made and queued once the
        // transaction has committed: it never holds the database (SQLite's one writer) meanwhile.
        const replyAfterCommit = (name: string, build: () => Promise<OutboundMessage>) => {
          const idempotencyKey = `reply:${updateKey}:after-commit:${lateReplies++}`;
          afterCommit.push({
            name,
            run: async () => {
              const message = await build();
              await store.repos.outbox.enqueue({ idempotencyKey, address: event.address, message, dueAt: clock.now(), priority: OUTBOX_PRIORITY.reply });
              this.options.onEnqueued?.();
            },
          });
        };
        const state = await this.route(
          event,
          repos,
          now,
          (message, options) => replies.push({ message: typeof message === 'string' ? { text: message } : message, sameQuestion: options?.sameQuestion === true }),
          (task) => afterCommit.push(task),
          replyAfterCommit,
        );
        const placed = await this.placeReplies(event, repos, now, replies, state);
        const claim = placed.length > 0 ? delivery?.claimFor(platformOf(event.address), now) : undefined;
        const handed: ClaimedMessage[] = [];
        for (const [index, message] of placed.entries()) {
          const priority = message.urgent ? OUTBOX_PRIORITY.urgent : OUTBOX_PRIORITY.reply;
          const item = { idempotencyKey: `reply:${updateKey}:${index}`, address: event.address, message, dueAt: now, priority };
          if (!claim) await repos.outbox.enqueue(item);
          else {
            const claimed = await repos.outbox.enqueueClaimed(item, claim);
            if (claimed) handed.push(claimed);
          }
        }
        const replacing = placed.flatMap((message) => (message.edit ? [message.edit.messageId] : []));
        return { handed, queued: repos.outbox.added - handed.length, afterCommit, replacing };
      });
      if (!handled) logger.debug({ platform: event.platform, updateId: event.updateId }, 'duplicate update dropped');
      else {
        if (handled.handed.length > 0) delivery?.handOff(handled.handed);
        if (handled.queued > 0) this.options.onEnqueued?.();
        await runAfterCommit(handled.afterCommit, logger);
        return { replacing: handled.replacing };
      }
    } catch (err) {
      logger.error({ err, platform: event.platform, kind: event.kind }, 'handling an update failed');
      await this.apologise(event, updateKey);
    }
    return { replacing: [] };
  }

  /**
   * Decides which replies replace a message in place. A reply that shows the open question again,
   * changed (`sameQuestion`: a toggle, an explanation, the question after an old button), answers a
   * button press by replacing the question's own message — the one pressed, when its button
   * belongs to the open question, else the newest message when it is that question (never an
   * urgent one, such as crisis lines). Typed answers, and everything else, come as new messages
   * below what the person wrote. Adapters that cannot edit send an edit as a new message.
   */
  private async placeReplies(event: InboundEvent, repos: TxRepositories, now: Date, replies: readonly Reply[], state: FlowState | null): Promise<OutboundMessage[]> {
    if (event.kind !== 'choice' || !state || !replies.some((reply) => reply.sameQuestion)) return replies.map((reply) => reply.message);
    const question = `${state.meta.nonce}.`;
    const pressedQuestion = event.messageId !== undefined && event.choiceId.startsWith(question) ? event.messageId : undefined;
    let target = pressedQuestion;
    const newest = await repos.outbox.lastShownRow(event.address, now);
    if (newest && !newest.message.urgent && newest.message.choices?.some((choice) => choice.id.startsWith(question))) {
      // An earlier edit of the question names the message it replaced until it is sent.
      target = newest.platformMessageId ?? newest.message.edit?.messageId ?? target;
    }
    return replies.map(({ message, sameQuestion }) => (sameQuestion && target && !message.attachment ? { ...message, edit: { messageId: target } } : message));
  }

  private async apologise(event: InboundEvent, updateKey: string): Promise<void> {
    try {
      const person = await this.options.store.repos.people.findByIdentity(event.platform, event.from.platformUserId).catch(() => null);
      const locale = person ? storedLocale(person.locale) : negotiateRender(event.localeHint);
      await this.options.store.repos.outbox.enqueue({
        idempotencyKey: `apology:${updateKey}`,
        address: event.address,
        message: { text: translate(locale, 'apology'), locale },
        dueAt: this.options.clock.now(),
      });
      this.options.onEnqueued?.();
    } catch (err) {
      this.options.logger.error({ err, platform: event.platform }, 'could not enqueue the apology');
    }
  }

  /**
   * Routes one event inside its transaction (the routing table is src/core/routes.ts) and saves
   * the conversation's flow state and draft.
   */
  private async route(
    event: InboundEvent,
    repos: TxRepositories,
    now: Date,
    reply: FlowContext['reply'],
    afterCommit: (task: AfterCommitTask) => void,
    replyAfterCommit: FlowContext['replyAfterCommit'],
  ): Promise<FlowState | null> {
    const engine = this.engine;
    const conversation = await repos.conversations.load(event.address);
    const personBefore = await repos.people.findByIdentity(event.platform, event.from.platformUserId);
    let draft = conversation?.draft && conversation.draft.expiresAt > now ? conversation.draft : null;
    const context: FlowContext = {
      event,
      now,
      repos,
      person: personBefore,
      safety: this.safety,
      locale: localeFor(personBefore, engine.fromStored(conversation?.active ?? null)?.data.locale, event.localeHint),
      t: (id, args) => translate(context.locale, id, args),
      // Every reply names the language it was written in (the turn's, at the time of the reply:
      // /language changes it mid-turn), so adapters word their own hints in it.
      reply: (message, options) => reply(inLocale(message, context.locale), options),
      afterCommit,
      replyAfterCommit: (name, build) => {
        const locale = context.locale;
        replyAfterCommit(name, async () => inLocale(await build(), locale));
      },
      defaultTimezone: this.options.defaultTimezone ?? 'UTC',
      buttons: this.options.hasButtons?.(event.platform) ?? true,
      partnerLimit: this.options.partnerLimit ?? 1,
    };
    const turn = new Turn(
      engine,
      conversation,
      context,
      (stored) => (draft = { ...stored, expiresAt: new Date(now.getTime() + DRAFT_TTL_MS) }),
    );
    const quietSince = conversation?.active ? conversation.updatedAt : undefined;
    turn.interrupted = quietSince !== undefined && (quietSince < this.startedAt || now.getTime() - quietSince.getTime() > RESUME_AFTER_PAUSE_MS);
    await dispatch(turn, event);

    const { state } = turn;
    if (personBefore && !context.person) return null; // erased: nothing of theirs may be written back
    if (state && draft && draft.flow === state.flow && state.step !== '__resume') draft = null;
    await repos.conversations.save(
      event.address,
      { personId: context.person?.id ?? null, active: engine.toStored(state), draft },
      conversation?.id,
      now,
    );
    return state;
  }
}

/**
 * The language of a turn: the language chosen in the flow in progress (onboarding's first step, or
 * /settings before it is saved); else the person's stored choice; else the platform's hint, negotiated.
 */
function localeFor(person: { locale: string } | null, chosenInFlow: unknown, hint: string | undefined): RenderLocale {
  if (typeof chosenInFlow === 'string') return storedLocale(chosenInFlow);
  if (person) return storedLocale(person.locale);
  return negotiateRender(hint);
}

/** A reply as a handler gave it, before the core decides whether it replaces a message. */
interface Reply {
  message: OutboundMessage;
  sameQuestion: boolean;
}
