import { describe, expect, it } from 'vitest';
import { bold, esc, parseMarkup, plainText } from '../../src/core/messages.js';
import { parseCommand } from '../../src/core/events.js';

describe('core message markup', () => {
  it('keeps what a person wrote literal, whatever characters it has', () => {
    const typed = 'I *really* felt_bad \\ <b>ok</b> 😔 שלום';
    const text = `${bold('You wrote:')} ${esc(typed)}`;
    expect(parseMarkup(text)).toEqual([
      { text: 'You wrote:', bold: true },
      { text: ` ${typed}` },
    ]);
    expect(plainText(text)).toBe(`You wrote: ${typed}`);
  });
});

describe('command parsing', () => {
  it.each([
    ['/start', { name: 'start', args: '' }],
    ['/Help', { name: 'help', args: '' }],
    ['/pause 3', { name: 'pause', args: '3' }],
    ['/start@BetweenBot', { name: 'start', args: '' }],
    ['  /partner join ABC123  ', { name: 'partner', args: 'join ABC123' }],
  ])('%s', (text, expected) => expect(parseCommand(text)).toEqual(expected));

  it.each(['hello', '/', '//x', '/ start', `/${'x'.repeat(40)}`])('%s is not a command', (text) =>
    expect(parseCommand(text)).toBeUndefined(),
  );
});
