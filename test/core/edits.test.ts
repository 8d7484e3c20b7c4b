import { afterEach, describe, expect, it } from 'vitest';
import type { EventOutcome, SendReceipt } from '../../src/core/adapter.js';
import type { InboundEvent } from '../../src/core/events.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { RecordingAdapter, TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/** A platform that edits in place and numbers its messages (`m1`, `m2`…), like Telegram's message ids. */
class EditingAdapter extends RecordingAdapter {
  override readonly capabilities = { ...new RecordingAdapter().capabilities, edits: true };
  readonly ids: string[] = [];
  override async send(address: string, message: OutboundMessage): Promise<SendReceipt> {
    await super.send(address, message);
    const id = message.edit?.messageId ?? `m${this.ids.length + 1}`;
    this.ids.push(id);
    return { platformMessageId: id };
  }
}

describe('which message a reply replaces (one message per question)', () => {
  let chat: TestChat;
  let adapter: EditingAdapter;
  let counter = 0;
  afterEach(() => chat?.stop());

  /** Presses choice `label` on the `index`-th message sent (as the platform shows it), like a button press. */
  async function pressOn(index: number, label: string): Promise<EventOutcome> {
    const message = chat.received[index]!;
    const choice = message.choices!.find((c) => c.label === label)!;
    const event: InboundEvent = {
      platform: 'test',
      address: chat.address,
      updateId: `press-${++counter}`,
      from: { platformUserId: chat.user },
      receivedAt: new Date(),
      kind: 'choice',
      choiceId: choice.id,
      messageId: adapter.ids[adapter.sent.indexOf(adapter.sent.filter((s) => s.address === chat.address)[index]!)]!,
    };
    const outcome = await adapter.onEvent!(event);
    await chat.app.worker.drain(5_000);
    return outcome as EventOutcome;
  }

  async function atEmotions(): Promise<number> {
    adapter = new EditingAdapter();
    chat = await TestChat.start({ adapter });
    await onboard(chat);
    await chat.send('/checkin');
    await chat.expectReply(/mood/);
    await chat.press('6');
    await chat.expectReply(/Which emotions/);
    await chat.app.worker.drain(5_000);
    return chat.received.length - 1;
  }

  it('a toggle by button replaces the pressed question; moving on, or a typed answer, comes as a new message', async () => {
    const emotions = await atEmotions();
    const id = adapter.ids[adapter.sent.length - 1]!;
    const outcome = await pressOn(emotions, 'Anxious');
    expect(outcome.replacing).toEqual([id]);
    const toggled = await chat.expectReply(/Which emotions/);
    expect(toggled.edit).toEqual({ messageId: id });
    expect(toggled.choices!.map((c) => c.label)).toContain('✓ Anxious');
    // A second toggle on the same message replaces it again.
    expect((await pressOn(emotions, 'Calm')).replacing).toEqual([id]);
    expect((await chat.expectReply(/Which emotions/)).edit).toEqual({ messageId: id });
    // Moving on is a new message, and the pressed question is not replaced (the adapter tidies it).
    expect((await pressOn(emotions, 'Done')).replacing).toEqual([]);
    expect((await chat.expectReply(/How strong/)).edit).toBeUndefined();
    // Typed, an answer sits below the question: what follows comes as a new message too.
    await chat.send('70');
    expect((await chat.expectReply(/How strong is “calm”/)).edit).toBeUndefined();
  });

  it('an old button shows the open question again in the newest message, but never over the crisis lines', async () => {
    const emotions = await atEmotions();
    await chat.send('I want to kill myself');
    const crisis = await chat.expectReply();
    expect(crisis.urgent).toBe(true);
    await chat.app.worker.drain(5_000);
    // A button of the question the crisis response interrupted is out of date now.
    const outcome = await pressOn(emotions, 'Sad');
    expect(outcome.replacing).toEqual([]);
    const again = await chat.expectReply();
    expect(again.edit).toBeUndefined();
    expect(adapter.sent.filter((s) => s.message.edit)).toEqual([]);
  });
});
