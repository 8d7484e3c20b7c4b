import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { AdapterCapabilities, ChatAdapter, DeliveryLimits, SendReceipt } from '../../src/core/adapter.js';
import { parseCommand, type InboundEvent } from '../../src/core/events.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { renderForTerminal } from './render.js';
import { storedLocale, translator, type Translate } from '../../src/core/i18n/index.js';

export interface ConsoleAdapterConfig {
  /** The name this terminal chats as; the address is `console:<user>`. */
  user: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where documents and images "sent" to the terminal are saved (in a folder per user). */
  downloadDir?: string;
  /** How long a saved attachment stays; default {@link CONSOLE_DOWNLOAD_RETENTION_MS}. */
  downloadRetentionMs?: number;
  /** ANSI styling; defaults to whether the output is a TTY. */
  color?: boolean;
  /** Printed once when the chat opens. */
  banner?: string;
  /** Called when the person closes the terminal chat (Ctrl-C, Ctrl-D, end of input). */
  onClose?: () => void;
}

/**
 * A terminal has no buttons: choices are numbered, and the core accepts the number typed back. It
 * shows no images either: a chart arrives as its numbers in words (`deliverable()` in the core).
 */
export const CONSOLE_CAPABILITIES: AdapterCapabilities = {
  buttons: false,
  maxChoices: 25,
  images: false,
  documents: true,
  maxTextLength: 100_000,
  edits: false,
};

export const CONSOLE_LIMITS: DeliveryLimits = { messagesPerSecond: 1_000, perConversationIntervalMs: 0 };

/**
 * How long a saved attachment stays on disk: an export holds everything a person stored, so it is
 * removed after this long, when the chat closes, or at /delete — whichever comes first. Long enough
 * to open it or copy it somewhere of the person's choosing.
 */
export const CONSOLE_DOWNLOAD_RETENTION_MS = 15 * 60_000;


/** Runs Between in a terminal, as one client, with no platform tokens. */
export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console';
  readonly capabilities = CONSOLE_CAPABILITIES;
  readonly limits = CONSOLE_LIMITS;
  readonly address: string;
  /** One person per terminal: the worker claims only messages to them (see ChatAdapter.addresses). */
  readonly addresses: readonly string[];
  private readline: Interface | undefined;
  private readonly output: NodeJS.WritableStream;
  private readonly color: boolean;
  private readonly sessionId = Date.now().toString(36);
  private counter = 0;
  private pending = Promise.resolve();
  /** Attachments saved this session, each with the timer that removes it. */
  private readonly saved = new Map<string, NodeJS.Timeout>();
  /** After stop(): replies still being delivered are printed, attachments no longer saved. */
  private closed = false;

  constructor(private readonly config: ConsoleAdapterConfig) {
    this.address = `console:${config.user}`;
    this.addresses = [this.address];
    this.output = config.output ?? process.stdout;
    this.color = config.color ?? Boolean((this.output as NodeJS.WriteStream).isTTY);
  }

  async start(onEvent: (event: InboundEvent) => Promise<void>): Promise<void> {
    // Left by a session that ended without cleaning up (the process was killed).
    this.removeSaved();
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
    const { attachment } = message;
    if (attachment) {
      // What the terminal chat itself says, in the message's language (locales/<lang>/adapters.ftl).
      const t = translator(storedLocale(message.locale));
      const what = attachment.kind === 'image' ? t('adapter-console-image', { alt: attachment.alt }) : t('adapter-console-file');
      text += `\n${this.closed ? t('adapter-console-not-saved', { what }) : this.save(attachment, what, t)}`;
    }
    this.write(`\n${text}\n`);
    return {};
  }

  /** Saves an attachment in the user's folder, to be removed after the retention; says where. */
  private save(attachment: NonNullable<OutboundMessage['attachment']>, what: string, t: Translate): string {
    const dir = this.userDownloadDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, attachment.filename.replace(/[^\w.-]/g, '_'));
    writeFileSync(file, Buffer.from(attachment.data, 'base64'), { mode: 0o600 });
    const retentionMs = this.config.downloadRetentionMs ?? CONSOLE_DOWNLOAD_RETENTION_MS;
    clearTimeout(this.saved.get(file));
    this.saved.set(file, setTimeout(() => this.removeFile(file), retentionMs).unref());
    return t('adapter-console-saved', { what, file, minutes: Math.max(1, Math.round(retentionMs / 60_000)) });
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.readline?.close();
    await this.pending;
    this.removeSaved();
  }

  /** After an erasure: every file saved for this terminal's person goes. */
  async forget(addresses: readonly string[]): Promise<void> {
    if (addresses.includes(this.address)) this.removeSaved();
  }

  /** This user's own folder in the download directory, so their files can all be removed. */
  private userDownloadDir(): string {
    const folder = this.config.user.replace(/[^\w.-]/g, '_').replace(/^\.+$/, '_');
    return join(resolve(this.config.downloadDir ?? './data/downloads'), folder);
  }

  private removeFile(file: string): void {
    clearTimeout(this.saved.get(file));
    this.saved.delete(file);
    rmSync(file, { force: true });
  }

  private removeSaved(): void {
    for (const timer of this.saved.values()) clearTimeout(timer);
    this.saved.clear();
    rmSync(this.userDownloadDir(), { recursive: true, force: true });
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
