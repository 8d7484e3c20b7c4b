// A whole Between app (core, delivery worker, database) in its own process, for tests with several
// instances on one database. Talks to its parent over IPC (fork with `serialization: 'advanced'`):
//   parent → child  {type: 'event', id, event}   handle an inbound event; answered with
//                   {type: 'handled', id} once core.handle has resolved (its transaction committed)
//   parent → child  {type: 'stop'}               stop the app and exit
//   child → parent  {type: 'ready'}              the app has started
//   child → parent  {type: 'sent', address, message}   the adapter was asked to send this
// env: DATABASE_URL, BETWEEN_DATA_KEY; the adapter's platform is `test`.
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { ChatAdapter } from '../../src/core/adapter.js';
import type { InboundEvent } from '../../src/core/events.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { createLogger } from '../../src/logger.js';

export type ToChild = { type: 'event'; id: number; event: InboundEvent } | { type: 'stop' };
export type FromChild = { type: 'ready' } | { type: 'handled'; id: number } | { type: 'sent'; address: string; message: OutboundMessage };

const tell = (message: FromChild) => process.send!(message);

const adapter: ChatAdapter = {
  platform: 'test',
  capabilities: { buttons: true, maxChoices: 25, images: true, documents: true, maxTextLength: 4096, edits: false },
  limits: { messagesPerSecond: 1000, perConversationIntervalMs: 0 },
  start: async () => {},
  stop: async () => {},
  send: async (address, message) => {
    tell({ type: 'sent', address, message });
    return {};
  },
};

const env = process.env as Record<string, string>;
const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: env.DATABASE_URL!, BETWEEN_DATA_KEY: env.BETWEEN_DATA_KEY!, LOG_LEVEL: 'warn' });
const app = await startApp({
  config,
  logger: createLogger({ level: 'warn', format: 'json' }),
  adapters: () => [adapter],
  workerIdlePollMs: 50,
  startScheduler: false,
});

process.on('message', (message: ToChild) => {
  if (message.type === 'event') {
    void app.core.handle(message.event).then(() => tell({ type: 'handled', id: message.id }));
  } else {
    void app.stop().then(() => process.exit(0));
  }
});
tell({ type: 'ready' });
