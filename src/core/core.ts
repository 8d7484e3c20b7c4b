import type { Logger } from '../logger.js';
import type { Repositories, Store } from '../db/store.js';
import type { PersonRecord } from '../db/repositories/people.js';
import type { Clock } from './clock.js';
import * as copy from './copy.js';
import type { InboundEvent } from './events.js';
import { KeyedLock } from './keyed-lock.js';
import type { OutboundMessage } from './messages.js';

/** Longest free-text message the core accepts; longer ones get a kind reply and are not stored. */
export const MAX_TEXT_LENGTH = 2_000;

/** What a handler sees: the event, the time, the repositories inside the event's transaction. */
export interface HandlerContext {
  event: InboundEvent;
  now: Date;
  repos: Repositories;
  /** The person behind the sender's platform identity, if they have started. */
  person: PersonRecord | null;
  reply(message: OutboundMessage | string): void;
}

export interface CommandHandler {
  command: string;
  description: string;
  /** Hidden commands work but are not listed in /help or platform menus. */
  hidden?: boolean;
  run(context: HandlerContext, args: string): Promise<void>;
}

export interface CoreOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Called after replies were committed to the outbox, to wake the delivery worker. */
  onEnqueued?: () => void;
}

/**
 * The core: takes normalised events, decides what happens, and writes the answer, the new state and
 * the replies in one transaction — so nothing a person typed is lost and nothing is said twice.
 * Events for one conversation are handled one at a time; platform redeliveries are dropped.
 */
export class BetweenCore {
  private readonly lock = new KeyedLock();
  private readonly commands = new Map<string, CommandHandler>();

  constructor(private readonly options: CoreOptions) {
    for (const handler of this.builtInCommands()) this.commands.set(handler.command, handler);
  }

  /** Commands for /help and platform command menus. */
  get commandList(): { command: string; description: string }[] {
    return [...this.commands.values()]
      .filter((handler) => !handler.hidden)
      .map(({ command, description }) => ({ command, description }));
  }

  /** Entry point for every adapter. Never throws for a handler bug: the person gets an apology. */
  handle(event: InboundEvent): Promise<void> {
    return this.lock.run(event.address, () => this.handleNow(event));
  }

  private async handleNow(event: InboundEvent): Promise<void> {
    const { store, clock, logger } = this.options;
    const updateKey = `${event.platform}:${event.updateId}`;
    try {
      const handled = await store.transaction(async (repos) => {
        const now = clock.now();
        if (!(await repos.processedUpdates.markProcessed(updateKey, now))) return false;
        const replies: OutboundMessage[] = [];
        const person = await repos.people.findByIdentity(event.platform, event.from.platformUserId);
        await this.route({
          event,
          now,
          repos,
          person,
          reply: (message) => replies.push(typeof message === 'string' ? { text: message } : message),
        });
        for (const [index, message] of replies.entries()) {
          await repos.outbox.enqueue({ idempotencyKey: `reply:${updateKey}:${index}`, address: event.address, message, dueAt: now });
        }
        return true;
      });
      if (!handled) logger.debug({ platform: event.platform, updateId: event.updateId }, 'duplicate update dropped');
      else this.options.onEnqueued?.();
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

  private async route(context: HandlerContext): Promise<void> {
    const { event } = context;
    if (event.kind === 'command') {
      const handler = this.commands.get(event.name);
      if (!handler) return context.reply(copy.unknownCommand(event.name));
      if (event.args.length > MAX_TEXT_LENGTH) return context.reply(copy.tooLong(MAX_TEXT_LENGTH, event.args.length));
      return handler.run(context, event.args);
    }
    if (event.kind === 'text') {
      const text = event.text.trim();
      if (!text) return context.reply(copy.EMPTY_MESSAGE);
      if (text.length > MAX_TEXT_LENGTH) return context.reply(copy.tooLong(MAX_TEXT_LENGTH, text.length));
      return context.reply(copy.FREE_TEXT_OUTSIDE_FLOW);
    }
    return context.reply('That button is from an earlier question. Type /help to see what I can do.');
  }

  private builtInCommands(): CommandHandler[] {
    return [
      {
        command: 'start',
        description: 'Begin, or change your settings',
        run: async (context) => context.reply(copy.welcome()),
      },
      {
        command: 'help',
        description: 'What I can do',
        run: async (context) => context.reply(copy.helpText(this.commandList)),
      },
    ];
  }
}
