import { describe, expect, it } from 'vitest';
import { HELP_GROUPS, helpText } from '../../src/core/copy.js';
import { plainText } from '../../src/core/messages.js';
import { clientCommands } from '../../src/core/routes.js';
import { translator } from '../../src/core/i18n/index.js';

const t = translator('en');

describe('/help', () => {
  const text = plainText(helpText(t, clientCommands()));

  it('lists every client command exactly once, under a group named for what it is for', () => {
    for (const { command, description } of clientCommands()) {
      expect(text.split('\n').filter((line) => line.startsWith(`/${command} — `))).toEqual([`/${command} — ${description}`]);
    }
    // Every command has a group of its own: nothing falls through to "More".
    const grouped = HELP_GROUPS.flatMap((group) => group.commands);
    expect(clientCommands().map((c) => c.command).filter((command) => !grouped.includes(command))).toEqual([]);
    expect(text).not.toContain('\nMore\n');
  });

  it('keeps the groups in order, each title followed by its commands', () => {
    const titles = HELP_GROUPS.map((group) => text.indexOf(`\n${t(`help-group-${group.id}`)}\n`));
    expect(titles.every((index) => index > 0)).toBe(true);
    expect([...titles].sort((a, b) => a - b)).toEqual(titles);
    expect(text).toMatch(/Accountability partner\n\/partner — .*\n\/cheer — /);
  });

  it('puts a command no group names under "More", so none is ever left out', () => {
    const more = plainText(helpText(t, [...clientCommands(), { command: 'newthing', description: 'Something new' }]));
    expect(more).toMatch(/\nMore\n\/newthing — Something new\n/);
  });
});
