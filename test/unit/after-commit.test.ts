import { describe, expect, it } from 'vitest';
import { runAfterCommit } from '../../src/core/after-commit.js';
import { capturingLogger } from '../helpers/logs.js';

describe('tasks after commit', () => {
  it('runs every task in order; a failing one is logged by name only and does not stop the next', async () => {
    const lines: string[] = [];
    const ran: string[] = [];
    await runAfterCommit(
      [
        { name: 'first', run: async () => void ran.push('first') },
        {
          name: 'broken',
          run: async () => {
            throw new Error('disk full');
          },
        },
        { name: 'last', run: async () => void ran.push('last') },
      ],
      capturingLogger(lines),
    );
    expect(ran).toEqual(['first', 'last']);
    const failures = lines.map((line) => JSON.parse(line) as { task?: string; msg: string }).filter((line) => line.task);
    expect(failures).toMatchObject([{ task: 'broken', msg: 'a task after commit failed' }]);
  });
});
