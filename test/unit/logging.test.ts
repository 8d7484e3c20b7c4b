import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/logger.js';
import { AdapterNetworkError } from '../../src/core/adapter.js';
import { TestChat } from '../helpers/chat.js';

const TELEGRAM_TOKEN = '7212345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawCANARY';
const CANARY_TEXT = 'CANARY-feeling-worthless-7f3a';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  return {
    lines,
    stream: new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    }),
  };
}

describe('logs never contain what a person wrote, tokens or secrets', () => {
  let chat: TestChat | undefined;
  afterEach(async () => {
    await chat?.stop();
    chat = undefined;
  });

  it('redacts user-text fields and scrubs configured secrets and token-shaped strings', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', format: 'json', secrets: ['hunter2-database-password'], destination: stream });
    logger.info({ text: CANARY_TEXT, event: { text: CANARY_TEXT, args: CANARY_TEXT }, payload: { text: CANARY_TEXT } }, 'event');
    logger.error({ err: new Error(`POST https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage failed`) }, 'send failed');
    logger.warn({ url: 'postgresql://between:hunter2-database-password@db/between' }, 'db');
    logger.info({ slack: 'xoxb-1234567890-abcdefghijklmnop' }, 'slack');
    const output = lines.join('');
    expect(output).not.toContain(CANARY_TEXT);
    expect(output).not.toContain(TELEGRAM_TOKEN);
    expect(output).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
    expect(output).not.toContain('hunter2-database-password');
    expect(output).not.toContain('xoxb-1234567890');
    expect(output).toContain('[redacted]');
    expect(lines).toHaveLength(4);
  });

  it('scrubs a Telegram token inside a URL', () => {
    expect(scrubSecrets(`GET /bot${TELEGRAM_TOKEN}/getMe`, [])).toBe('GET /bot[redacted]/getMe');
  });

  it('keeps canaries out of the log through a whole conversation and a failed platform call', async () => {
    const logSink: string[] = [];
    chat = await TestChat.start({ logSink });
    chat.adapter.failures.push(
      new AdapterNetworkError(`request to https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage failed: ${CANARY_TEXT}`, 'test'),
    );
    await chat.send('/start');
    await chat.expectReply(/Which language should I use/);
    await chat.press('English');
    await chat.expectReply(/Between/);
    await chat.press('Yes, I agree');
    await chat.expectReply(/timezone/);
    await chat.send(CANARY_TEXT);
    await chat.expectReply(/couldn’t find a timezone/);
    await chat.send(`/nosuchcommand ${CANARY_TEXT}`);
    await chat.expectReply(/don’t know the command/);
    await chat.expectReply(/Back to your set-up/);
    await chat.send(`${CANARY_TEXT} ${'x'.repeat(10_000)}`);
    await chat.expectReply(/characters long/);
    await chat.expectReply(/Back to your set-up/);
    await chat.send(`I want to die ${CANARY_TEXT}`);
    await chat.expectReply(/glad you told me/);
    const output = logSink.join('');
    expect(output).toContain('send failed'); // the failure was logged...
    expect(output).not.toContain(CANARY_TEXT); // ...without the user's words
    expect(output).not.toContain(TELEGRAM_TOKEN);
    expect(output).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
  });
});
