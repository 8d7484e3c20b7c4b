import { describe, expect, it } from 'vitest';
import { numberScaleOf } from '../../src/core/messages.js';
import { choiceStep, multiChoiceStep } from '../../src/core/flows/steps.js';

/** A typed number is an option's position on a list, and the value itself on a number scale. */
describe('numbered choices', () => {
  it('tells a number scale (values) from a list (positions)', () => {
    const choice = (label: string) => ({ id: `n.${label}`, label });
    expect(numberScaleOf(['0', '1', '2', 'Skip'].map(choice))).toEqual({ values: ['0', '1', '2'].map(choice), others: [choice('Skip')] });
    expect(numberScaleOf(['Not at all', 'Several days'].map(choice))).toBeUndefined();
    expect(numberScaleOf(['1', 'Other', 'Skip'].map(choice))).toBeUndefined();
  });

  it('refuses a list where a bare number would name one option by position and another by its value or label', () => {
    const prompt = 'Which?';
    expect(() => choiceStep({ id: 'x', field: 'x', prompt, options: [{ value: 'a', label: 'Apples' }, { value: '1', label: 'Pears' }] })).toThrow(/step x: option "1" looks like a list position/);
    expect(() => multiChoiceStep({ id: 'y', field: 'y', prompt, options: [{ value: 'a', label: 'Apples' }, { value: 'b', label: '3' }] })).toThrow(/step y: option "b"/);
    expect(() => choiceStep({ id: 'z', field: 'z', prompt, options: [{ value: 'a', label: 'Apples' }, { value: 't8', label: '08:00' }] })).not.toThrow();
    expect(() => choiceStep({ id: 's', field: 's', prompt, options: [{ value: '0', label: '0' }, { value: '1', label: '1' }] })).not.toThrow();
  });
});
