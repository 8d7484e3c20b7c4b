import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { AdapterCapabilities, ChatAdapter, DeliveryLimits, SendReceipt } from '../../src/core/adapter.js';
import { parseCommand, type InboundEvent } from '../../src/core/events.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { renderForTerminal } from './render.js';

export interface ConsoleAdapterConfig {
  /** The name this terminal chats as; the address is `console:<user>`. */
  user: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where documents and images "sent" to the terminal are saved. */
  downloadDir?: string;
  /** ANSI styling; defaults to whether the output is a TTY. */
  color?: boolean;
  /** Printed once when the chat opens. */
  banner?: string;
  /** Called when the person closes the terminal chat (Ctrl-C, Ctrl-D, end of input). */
  onClose?: () => void;
}

/** A terminal has no buttons: choices are numbered, and the core accepts the number typed back. */
export const CONSOLE_CAPABILITIES: AdapterCapabilities = {
  buttons: false,
  maxChoices: 25,
  images: true,
  documents: true,
  maxTextLength: 100_000,
  edits: false,
};

export const CONSOLE_LIMITS: DeliveryLimits = { messagesPerSecond: 1_000, perConversationIntervalMs: 0 };

/** Runs Between in a terminal, as one client, with no platform tokens. */
export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console';
  readonly capabilities = CONSOLE_CAPABILITIES;
  readonly limits = CONSOLE_LIMITS;
  readonly address: string;
  private readline: Interface | undefined;
  private readonly output: NodeJS.WritableStream;
  private readonly color: boolean;
  private readonly sessionId = Date.now().toString(36);
  private counter = 0;
  private pending = Promise.resolve();

  constructor(private readonly config: ConsoleAdapterConfig) {
    this.address = `console:${config.user}`;
    this.output = config.output ?? process.stdout;
    this.color = config.color ?? Boolean((this.output as NodeJS.WriteStream).isTTY);
  }

  async start(onEvent: (event: InboundEvent) => Promise<void>): Promise<void> {
    const input = this.config.input ?? process.stdin;
    const readline = createInterface({ input, output: this.output, terminal: Boolean((input as NodeJS.ReadStream).isTTY) });
    this.readline = readline;
    if (this.config.banner) this.output.write(`${this.config.banner}\n`);
    readline.setPrompt('> ');
    readline.on('line', (line) => {
      const event = this.toEvent(line);
      this.pending = this.pending.then(() => onEvent(event));
    });
    readline.on('SIGINT', () => readline.close());
    readline.on('close', () => {
      this.readline = undefined;
      void this.pending.then(() => this.config.onClose?.());
    });
    readline.prompt();
  }

  async send(_address: string, message: OutboundMessage): Promise<SendReceipt> {
    let text = renderForTerminal(message, this.color);
    if (message.attachment) {
      const dir = resolve(this.config.downloadDir ?? './data/downloads');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = join(dir, message.attachment.filename.replace(/[^\w.-]/g, '_'));
      writeFileSync(file, Buffer.from(message.attachment.data, 'base64'), { mode: 0o600 });
      const description = message.attachment.kind === 'image' ? `[image: ${message.attachment.alt}]` : '[file]';
      text += `\n${description} saved to ${file}`;
    }
    this.write(`\n${text}\n`);
    return {};
  }

  async stop(): Promise<void> {
    this.readline?.close();
    await this.pending;
  }

  private write(text: string): void {
    if (this.readline) {
      // Print above the prompt line, then show the prompt again.
      this.output.write(`\r\u001b[K${text}`);
      this.readline.prompt(true);
    } else {
      this.output.write(text);
    }
  }

  private toEvent(line: string): InboundEvent {
    const base = {
      platform: this.platform,
      address: this.address,
      updateId: `${this.sessionId}-${++this.counter}`,
      from: { platformUserId: this.config.user, displayName: this.config.user },
      receivedAt: new Date(),
    };
    const command = parseCommand(line);
    return command ? { ...base, kind: 'command', ...command } : { ...base, kind: 'text', text: line };
  }
}

export function createConsoleAdapter(config: ConsoleAdapterConfig): ConsoleAdapter {
  return new ConsoleAdapter(config);
}
