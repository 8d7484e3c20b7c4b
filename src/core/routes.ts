import type { ConversationRecord, StoredFlow } from '../db/repositories/conversations.js';
import { BUTTONS, buttonId, parseButton, PROMPT_ACTION, SHOW_SAFETY_PLAN, type ButtonKind, type ClientButtonKind } from './buttons.js';
import { INSTANT_COMMANDS, pressHomework, skipToday, snoozeCheckIn } from './commands.js';
import * as copy from './copy.js';
import type { InboundEvent } from './events.js';
import { DEFAULT_LOCALE, hasMessage, SUPPORTED_LOCALES, translate } from './i18n/index.js';
import type { MenuCommand } from './adapter.js';
import { SAFETY_PLAN } from './exercises/safety-plan.js';
import { EXERCISE_COMMANDS, pressExerciseFollowUp, pressExerciseStart, safetyPlanMessage } from './exercises/routing.js';
import type { FlowEngine } from './flows/engine.js';
import type { FlowContext, FlowData, FlowState, InstantCommand } from './flows/types.js';
import { answerMenu, menuOf } from './menus.js';
import type { Choice } from './messages.js';
import { cheerCommand, confirmPartnership, partnerCommand, pressPartnerSuggestion, pressSuggestedJoin } from './partners/partner-commands.js';
import { chooseLanguage, LANGUAGE_OPTIONS } from './flows/language-step.js';

/** Longest message the core accepts; longer ones get a kind reply (nothing is stored). */
export const MAX_TEXT_LENGTH = 2_000;

/**
 * One update being routed: the flow context, and the flow in progress, which a route may start,
 * advance or end. The core builds one per update and saves `state` afterwards.
 */
export class Turn {
  /** The flow in progress (null: none). */
  state: FlowState | null;
  /** Set once `startFlow` has shown the flow in progress again, so it is not shown twice. */
  flowRepeated = false;
  /**
   * Since the flow's last answer the process restarted or the chat was quiet for a long while: the
   * next answer to it is preceded by "continue or stop?" (commands work as usual).
   */
  interrupted = false;
  /** What flows and commands get; `person` changes when one sets a person up or erases them. */
  readonly context: FlowContext;

  constructor(
    readonly engine: FlowEngine,
    readonly conversation: ConversationRecord | null,
    context: Omit<FlowContext, 'startFlow'>,
    /** Keeps a cancelled flow's answers as a draft. */
    readonly keepDraft: (stored: StoredFlow) => void,
  ) {
    this.state = engine.fromStored(conversation?.active ?? null);
    this.context = Object.assign(context, { startFlow: (name: string, preset?: FlowData) => this.startFlow(name, preset) });
  }

  /** Starts flow `name` for a command or button, unless one is in progress (then that one is shown again). */
  private async startFlow(name: string, preset?: FlowData): Promise<void> {
    if (this.state) {
      this.engine.repeat(this.state, this.context, this.context.t('in-the-middle-of', this.engine.titleOf(this.state.flow, this.context)));
      this.flowRepeated = true;
    } else this.state = await this.engine.start(name, { ...this.context, ...(preset && { preset }) }, this.conversation);
  }

  /** Shows the flow in progress again below an answer that was about something else. */
  repeatIfActive(): void {
    if (this.state) this.engine.repeat(this.state, this.context, this.context.t('back-to', this.engine.titleOf(this.state.flow, this.context)));
  }

  /** The same, unless the route moved the flow on (`before` is the state it started from) or already showed it. */
  repeatUnlessMoved(before: FlowState | null): void {
    if (this.state === before && !this.flowRepeated) this.repeatIfActive();
  }

  /** Opens `flow` from its command, or shows the one in progress (the same one, or another). */
  async openFlow(flow: string, welcomeBack = false): Promise<void> {
    const { state, engine, context } = this;
    if (state && state.flow === flow) engine.repeat(state, context, context.t('already-in-it'));
    else if (state) engine.repeat(state, context, context.t('in-the-middle-of', engine.titleOf(state.flow, context)));
    else {
      if (welcomeBack) context.reply(context.t('welcome-back'));
      this.state = await engine.start(flow, context, this.conversation);
    }
  }

  /** A press on a button of the flow in progress (the engine checks it belongs to the question shown). */
  async flowButton(choiceId: string): Promise<void> {
    if (this.state) await this.answerFlow({ kind: 'choice', choiceId });
    else this.context.reply(this.context.t('stale-button-outside-flow'));
  }

  /** An answer to the flow in progress; after an interruption, first "continue or stop?". */
  async answerFlow(input: { kind: 'text'; text: string } | { kind: 'choice'; choiceId: string }): Promise<void> {
    if (!this.state) return;
    const asking = this.interrupted ? this.engine.askToResume(this.state, this.context) : undefined;
    this.state = asking ?? (await this.engine.handle(this.state, input, this.context, this.keepDraft));
  }
}

/** A command, declared once: /help, the platform command menus and the dispatch all come from here. */
export interface CommandRoute {
  command: string;
  /** Listed by /help and the platform menus; the navigation commands have none. */
  description?: string;
  run(turn: Turn, args: string): Promise<void>;
}

/** A command's description for /help and the menus: `command-<name>` in the catalogs, in English here. */
const described = (command: string) => translate(DEFAULT_LOCALE, `command-${command}`);

const flowCommand = (command: string, flow: string): CommandRoute => ({ command, description: described(command), run: (turn) => turn.openFlow(flow) });

const navigationCommand = (action: 'back' | 'skip' | 'cancel'): CommandRoute => ({
  command: action,
  async run(turn) {
    if (turn.state) turn.state = await turn.engine.handle(turn.state, { kind: 'navigate', action }, turn.context, turn.keepDraft);
    else turn.context.reply(turn.context.t('nothing-to', { action }));
  },
});

/** A command that answers at once: a flow in progress is shown again below the answer. */
const instantCommand = (command: InstantCommand): CommandRoute => ({
  command: command.command,
  description: command.description,
  async run(turn, args) {
    const before = turn.state;
    if (command.needsPerson && !turn.context.person) turn.context.reply(turn.context.t('set-up-first'));
    else await command.run(turn.context, args);
    turn.repeatUnlessMoved(before);
  },
});

/** Every client command, in the order /help lists them. */
export const COMMANDS: readonly CommandRoute[] = [
  {
    command: 'start',
    description: described('start'),
    run: (turn) => (turn.context.person ? turn.openFlow('settings', true) : turn.openFlow('onboarding')),
  },
  flowCommand('checkin', 'checkin'),
  flowCommand('thought', 'thought'),
  flowCommand('assessment', 'assessment'),
  flowCommand('settings', 'settings'),
  flowCommand('delete', 'delete'),
  ...[...INSTANT_COMMANDS, partnerCommand, cheerCommand, ...EXERCISE_COMMANDS].map(instantCommand),
  {
    command: 'help',
    description: described('help'),
    async run(turn) {
      const { context } = turn;
      const described = clientCommands().map((c) => ({ command: c.command, description: describeCommand(context, c) }));
      context.reply(copy.helpText(context.t, described, context.safety.resourcesFor(context.person, context.locale)));
      turn.repeatIfActive();
    },
  },
  {
    command: 'language',
    description: described('language'),
    async run(turn, args) {
      const { context } = turn;
      const chosen = args ? chooseLanguage(args) : undefined;
      if (!chosen) {
        context.reply(context.t('language-command-usage', { choices: LANGUAGE_OPTIONS.map((option) => `/language ${option.value} — ${option.label}`).join('\n') }));
        return turn.repeatIfActive();
      }
      // Stored at once for a set-up person; before that, kept with the set-up in progress.
      if (context.person) {
        await context.repos.people.update(context.person.id, { locale: chosen });
        context.person = (await context.repos.people.findById(context.person.id))!;
      }
      if (turn.state && (!context.person || typeof turn.state.data.locale === 'string')) turn.state = { ...turn.state, data: { ...turn.state.data, locale: chosen } };
      context.locale = chosen;
      context.reply(context.t('language-changed'));
      // Nobody to store it for yet: the set-up starts, in that language, without asking it again.
      if (!context.person && !turn.state) return context.startFlow?.('onboarding', { locale: chosen });
      turn.repeatIfActive();
    },
  },
  navigationCommand('back'),
  navigationCommand('skip'),
  navigationCommand('cancel'),
];

const COMMAND_BY_NAME = new Map(COMMANDS.map((route) => [route.command, route]));

/**
 * The commands clients can use, for /help and the platforms' command menus (static: no core
 * needed): each with its English description and the description in every other language.
 */
export function clientCommands(): MenuCommand[] {
  return COMMANDS.flatMap(({ command, description }) => {
    if (!description) return [];
    const id = `command-${command}`;
    const localized = Object.fromEntries(SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && hasMessage(locale, id)).map((locale) => [locale, translate(locale, id)]));
    return [{ command, description, localized }];
  });
}

/** A command's /help line in the person's language (`command-<name>`); English where it has none yet. */
function describeCommand(context: FlowContext, command: { command: string; description: string }): string {
  const id = `command-${command.command}`;
  return hasMessage(context.locale, id) ? context.t(id) : command.description;
}

/** What pressing a client button does, by kind (src/core/buttons.ts); `value` is what follows the prefix. */
type ButtonRoute = (turn: Turn, value: string) => Promise<void>;

/** A button valid any time: a flow in progress is shown again unless the press moved it on. */
const anyTime =
  (press: (context: FlowContext, value: string) => Promise<void>): ButtonRoute =>
  async (turn, value) => {
    const before = turn.state;
    await press(turn.context, value);
    turn.repeatUnlessMoved(before);
  };

/** A scheduled prompt's buttons: harmless actions on the person's own chat, valid any time. */
async function pressPrompt(turn: Turn, action: string): Promise<void> {
  const { context, engine, state } = turn;
  if (!(Object.values(PROMPT_ACTION) as string[]).includes(action)) return turn.flowButton(buttonId('prompt', action));
  if (!context.person) context.reply(context.t('set-up-first'));
  else if (action === PROMPT_ACTION.snooze) await snoozeCheckIn(context);
  else if (action === PROMPT_ACTION.later) await skipToday(context);
  else if (state && state.flow === 'checkin') engine.repeat(state, context, context.t('already-checking-in'));
  else if (state) engine.repeat(state, context, context.t('in-the-middle-of', engine.titleOf(state.flow, context)));
  else turn.state = await engine.start('checkin', context, turn.conversation);
  if (turn.state && action !== PROMPT_ACTION.start) turn.repeatIfActive();
}

/** Every client button kind with what it does (a missing kind fails the typecheck). */
const BUTTON_ROUTES: Record<ClientButtonKind, ButtonRoute> = {
  prompt: pressPrompt,
  async safetyPlan(turn, value) {
    // Under a crisis response outside a flow: the plan, whatever is going on.
    if (value !== SHOW_SAFETY_PLAN) return turn.flowButton(buttonId('safetyPlan', value));
    turn.context.reply(await safetyPlanMessage(turn.context));
    turn.repeatIfActive();
  },
  async partnerConfirm(turn, value) {
    await confirmPartnership(turn.context, value);
    turn.repeatIfActive();
  },
  partnerSuggestion: anyTime(pressPartnerSuggestion),
  partnerSuggestedJoin: anyTime(pressSuggestedJoin),
  // Homework library buttons start a flow (or say why not): nothing to show again.
  exerciseStart: (turn, value) => pressExerciseStart(turn.context, value),
  exerciseFollowUp: (turn, value) => pressExerciseFollowUp(turn.context, value),
  // Starts the assignment's flow (a flow in progress is shown instead), or marks a custom task done.
  homework: anyTime(pressHomework),
};

const isClientButton = (kind: ButtonKind): kind is ClientButtonKind => BUTTONS[kind].side === 'client';

/** Choices under a crisis response given outside any flow: show the safety plan, or make one. */
async function outsideFlowChoices(context: FlowContext): Promise<Choice[]> {
  if (!context.person) return [];
  const plan = await context.repos.exercises.latest(context.person.id, SAFETY_PLAN);
  return [plan ? { id: buttonId('safetyPlan', SHOW_SAFETY_PLAN), label: context.t('crisis-show-plan') } : { id: buttonId('exerciseStart', SAFETY_PLAN), label: context.t('crisis-make-plan') }];
}

/** Typed text: screened for crisis language first, whatever the question; then the flow's answer. */
async function typed(turn: Turn, raw: string): Promise<void> {
  const { context, engine, state } = turn;
  const text = raw.trim();
  if (!text) {
    context.reply(context.t(state ? 'empty-answer' : 'empty-message'));
    turn.repeatIfActive();
  } else if (text.length > MAX_TEXT_LENGTH) {
    context.reply(context.t('too-long', { limit: MAX_TEXT_LENGTH, length: text.length }));
    turn.repeatIfActive();
  } else {
    // Crisis language is never taken as an answer: the question waits (held) behind the crisis
    // response and its choices.
    const held = state ? engine.holdForSafety(state) : null;
    const outcome = await context.safety.screen(text, state?.flow ?? 'free_text', context, {
      screening: state ? engine.screeningOf(state) : 'free_text',
      choices: held ? engine.safetyChoices(held, context) : () => outsideFlowChoices(context),
    });
    if (outcome === 'crisis') turn.state = held;
    else if (state) await turn.answerFlow({ kind: 'text', text });
    else await answerLastMenu(turn, text);
  }
}

/**
 * Typed text outside a flow (already screened): an answer to the last menu the person was shown
 * when it names one of its buttons (src/core/menus.ts), else the free-text reply.
 */
async function answerLastMenu(turn: Turn, text: string): Promise<void> {
  const { context } = turn;
  const menu = menuOf(await context.repos.outbox.lastShown(context.event.address, context.now));
  const answer = menu ? answerMenu(menu, text) : undefined;
  if (answer?.kind === 'choice') {
    const button = parseButton(answer.choice.id);
    if (button && isClientButton(button.kind)) return BUTTON_ROUTES[button.kind](turn, button.value);
  }
  if (answer?.kind === 'outOfRange') return void context.reply({ text: context.t('menu-out-of-range', { number: answer.number, count: answer.count }), choices: menu });
  context.reply(context.t(context.person ? 'free-text-outside-flow' : 'free-text-before-start'));
}

/** Routes one event: a command by name, a button by its prefix, typed text, or what cannot be read. */
export async function dispatch(turn: Turn, event: InboundEvent): Promise<void> {
  const { context } = turn;
  switch (event.kind) {
    case 'command': {
      if (event.args.length > MAX_TEXT_LENGTH) return void context.reply(context.t('too-long', { limit: MAX_TEXT_LENGTH, length: event.args.length }));
      const route = COMMAND_BY_NAME.get(event.name);
      if (route) return route.run(turn, event.args);
      context.reply(context.t('unknown-command', { name: event.name }));
      return turn.repeatIfActive();
    }
    case 'text':
      return typed(turn, event.text);
    case 'unsupported':
      context.reply(context.t('cannot-read', { kind: event.content.replace(/\s+/g, '-') }));
      return turn.repeatIfActive();
    case 'choice': {
      const button = parseButton(event.choiceId);
      if (button && isClientButton(button.kind)) return BUTTON_ROUTES[button.kind](turn, button.value);
      return turn.flowButton(event.choiceId);
    }
  }
}
