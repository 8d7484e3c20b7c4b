import type { Logger } from '../logger.js';

/**
 * Work that may start only once an update's transaction has committed: maintenance that cannot run
 * inside a transaction (a WAL checkpoint, VACUUM) or that must not happen if the transaction rolls
 * back (removing files). Flows queue tasks with `FlowContext.afterCommit`; a task queued by an
 * update whose transaction fails never runs.
 */
export interface AfterCommitTask {
  /** Names the task in logs (never content). */
  name: string;
  run(): Promise<void>;
}

/**
 * Runs the tasks one after another. A task that fails is logged by name and does not stop the next
 * one; nothing is thrown — the update itself has succeeded, and its replies are already on their way.
 */
export async function runAfterCommit(tasks: readonly AfterCommitTask[], logger: Logger): Promise<void> {
  for (const task of tasks) {
    try {
      await task.run();
    } catch (err) {
      logger.error({ err, task: task.name }, 'a task after commit failed');
    }
  }
}
