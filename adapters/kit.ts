import type { SendProgress } from '../src/core/adapter.js';

/**
 * The shared part of every adapter's send: a message the platform needs as several parts (long
 * text, then an attachment…) goes out part by part, skipping the parts an earlier try already put in
 * the chat (`progress.partsSent`, stored on the outbox row) and recording each part as it lands, so
 * a failure of part 3 — or a restart — resumes at part 3 on every platform alike.
 */
export async function sendParts<T>(parts: readonly T[], progress: SendProgress | undefined, sendOne: (part: T, index: number) => Promise<void>): Promise<void> {
  const from = Math.min(progress?.partsSent ?? 0, parts.length);
  for (let index = from; index < parts.length; index++) {
    await sendOne(parts[index]!, index);
    // The last part completes the message: its "sent" mark says so.
    if (progress && index < parts.length - 1) await progress.partSent(index);
  }
}
