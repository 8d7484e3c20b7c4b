import { describe, expect, it } from 'vitest';
import { assignmentFromView, blockForField } from '../../adapters/slack/parse.js';
import { assignModal } from '../../adapters/slack/render.js';
import { buttonId } from '../../src/core/buttons.js';
import { EXERCISES } from '../../src/core/exercises/catalog.js';
import { describeSettings, findHomeworkKind, homeworkChoice, homeworkChoiceIn, HOMEWORK_KINDS, homeworkKindsFrom, homeworkLabel } from '../../src/core/exercises/homework-kinds.js';
import { translator } from '../../src/core/i18n/index.js';
import { ROUTINE_ITEMS } from '../../src/core/exercises/library.js';
import type { ExerciseKind } from '../../src/core/exercises/types.js';
import { textStep } from '../../src/core/flows/steps.js';
import { CHOICE_ID_MAX_BYTES } from '../../src/core/messages.js';
import { TherapistError } from '../../src/core/therapists/errors.js';
import { validateAssignment, type AssignmentRequest } from '../../src/core/therapists/homework-kinds.js';

const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A kind added to the library as data only: its steps, its summary and one setting. */
const gratitudeKind: ExerciseKind = {
  kind: 'gratitude',
  label: 'Gratitude note',
  description: 'Three good things from today',
  aliases: ['thanks'],
  version: 1,
  settings: [{ id: 'count', label: 'How many things', choose: 'one', options: [{ value: '1', label: 'One' }, { value: '3', label: 'Three' }] }],
  steps: [textStep({ id: 'things', field: 'things', prompt: 'What went well today?' })],
  summary: () => 'Saved.',
};

function refusal(request: AssignmentRequest, kinds = HOMEWORK_KINDS): TherapistError {
  try {
    validateAssignment(request, kinds);
  } catch (error) {
    if (error instanceof TherapistError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

type ModalBlock = { block_id: string; label: { text: string }; element: { type: string; options?: { value: string; text: { text: string } }[] } };
const blocksOf = (kinds = HOMEWORK_KINDS, selectedKind?: string) => assignModal([{ linkId: 'l1', alias: 'Robin' }], undefined, kinds, selectedKind).blocks as unknown as ModalBlock[];

describe('the registry of homework kinds', () => {
  it('is the built-in flows, every library exercise in order, then custom — with unique ids and aliases', () => {
    expect(HOMEWORK_KINDS.map((kind) => kind.id)).toEqual(['checkin', 'thought', 'assessment', ...EXERCISES.map((exercise) => exercise.kind), 'custom']);
    const names = HOMEWORK_KINDS.flatMap((kind) => [kind.id, ...kind.aliases].map((name) => [squash(name), kind.id] as const));
    for (const [name, id] of names) expect(names.filter(([other, otherId]) => other === name && otherId !== id), name).toEqual([]);
    for (const kind of HOMEWORK_KINDS) {
      expect(kind.label && kind.description, kind.id).toBeTruthy();
      expect(Buffer.byteLength(buttonId('homework', '0'.repeat(36)))).toBeLessThanOrEqual(CHOICE_ID_MAX_BYTES);
    }
  });

  it('maps the ids the therapist side once stored to the library’s', () => {
    expect(findHomeworkKind('journaling')?.id).toBe('journal');
    expect(findHomeworkKind('routine_log')?.id).toBe('routine');
    expect(homeworkLabel('journaling')).toBe('Reflective journaling');
    expect(homeworkLabel('routine_log')).toBe('Routine and wellness');
    expect(validateAssignment({ linkId: 'l', kind: 'journaling', cadence: 'daily' }).kind).toBe('journal');
    expect(validateAssignment({ linkId: 'l', kind: 'routine_log', cadence: 'daily' }).kind).toBe('routine');
    expect(findHomeworkKind('yoga')).toBeUndefined();
    expect(homeworkLabel('yoga')).toBe('yoga');
  });

  it('a kind added to the library as data is in the therapist’s list, the Slack modal with its settings, and validation — no other edit', () => {
    const kinds = homeworkKindsFrom([...EXERCISES, gratitudeKind]);
    const added = kinds.find((kind) => kind.id === 'gratitude');
    expect(added).toMatchObject({ label: 'Gratitude note', aliases: ['thanks'], needsInstructions: false, start: { flow: 'exercise.gratitude' } });
    expect(kinds.map((kind) => kind.id).slice(-2)).toEqual(['gratitude', 'custom']);
    expect(findHomeworkKind('thanks', kinds)?.id).toBe('gratitude');

    const blocks = blocksOf(kinds, 'gratitude');
    const kindOptions = blocks.find((block) => block.block_id === 'kind')!.element.options!;
    expect(kindOptions.map((option) => option.value)).toEqual(kinds.map((kind) => kind.id));
    expect(kindOptions.find((option) => option.value === 'gratitude')!.text.text).toBe('Gratitude note');
    const setting = blocks.find((block) => block.block_id === 'settings.gratitude.count')!;
    expect(setting.label.text).toBe('Gratitude note: How many things');
    expect(setting.element.options!.map((option) => option.value)).toEqual(['1', '3']);

    const valid = validateAssignment({ linkId: 'l', kind: 'gratitude', cadence: 'daily', settings: { gratitude: { count: ['3'] } } }, kinds);
    expect(valid).toMatchObject({ kind: 'gratitude', settings: { count: '3' } });
    expect(refusal({ linkId: 'l', kind: 'gratitude', cadence: 'daily', settings: { gratitude: { count: ['1', '3'] } } }, kinds)).toMatchObject({ field: 'settings.gratitude.count', message: 'Please choose one answer for “How many things”.' });
    // The registry of the running app is untouched by a list built for a test.
    expect(findHomeworkKind('gratitude')).toBeUndefined();
  });

  it('the Slack modal offers every kind and the fields of the chosen kind’s settings only, read back into the core’s request', () => {
    const settingsOf = (blocks: ModalBlock[]) => blocks.filter((block) => block.block_id.startsWith('settings.')).map((block) => [block.block_id, block.element.type]);
    expect(settingsOf(blocksOf())).toEqual([]);
    expect(settingsOf(blocksOf(HOMEWORK_KINDS, 'journal'))).toEqual([]);
    expect(settingsOf(blocksOf(HOMEWORK_KINDS, 'assessment'))).toEqual([['settings.assessment.instrument', 'static_select']]);
    const blocks = blocksOf(HOMEWORK_KINDS, 'routine');
    expect(blocks.find((block) => block.block_id === 'kind')!.element.options!.map((option) => [option.value, option.text.text])).toEqual(HOMEWORK_KINDS.map((kind) => [kind.id, kind.label]));
    expect(settingsOf(blocks)).toEqual([['settings.routine.items', 'multi_static_select']]);
    expect(blocks.find((block) => block.block_id === 'settings.routine.items')!.element.options!.map((option) => option.value)).toEqual(ROUTINE_ITEMS.map((item) => item.value));
    for (const kind of HOMEWORK_KINDS) expect(blocksOf(HOMEWORK_KINDS, kind.id).length).toBeLessThanOrEqual(100);

    const request = assignmentFromView({
      client: { value: { selected_option: { value: 'l1' } } },
      kind: { value: { selected_option: { value: 'routine' } } },
      cadence: { value: { selected_option: { value: 'daily' } } },
      'settings.routine.items': { value: { selected_options: [{ value: 'movement' }, { value: 'sleep' }] } },
      'settings.assessment.instrument': { value: { selected_option: null } },
    });
    expect(request.settings).toEqual({ routine: { items: ['movement', 'sleep'] }, assessment: { instrument: [] } });
    // Stored in the library's order, whatever order they were ticked in.
    expect(validateAssignment(request).settings).toEqual({ items: ['sleep', 'movement'] });
    expect(blockForField('settings.routine.items')).toBe('settings.routine.items');
    expect(blockForField('instructions')).toBe('instructions');
  });

  it('validates settings with a specific message on the field at fault', () => {
    const base = { linkId: 'l', cadence: 'daily' as const };
    expect(refusal({ ...base, kind: 'routine', settings: { routine: { items: ['sleep', 'naps'] } } })).toMatchObject({ field: 'settings.routine.items', message: 'Please choose “What to track” from the list.' });
    expect(refusal({ ...base, kind: 'assessment', settings: { assessment: { instrument: ['gad7', 'who5'] } } })).toMatchObject({ field: 'settings.assessment.instrument', message: 'Please choose one answer for “Which questionnaire”.' });
    expect(refusal({ ...base, kind: 'journal', settings: { routine: { items: ['sleep'] } } })).toMatchObject({
      field: 'settings.routine.items',
      message: 'This is for Routine and wellness only — clear it, or choose Routine and wellness as the homework.',
    });
    expect(refusal({ ...base, kind: 'custom' })).toMatchObject({ field: 'instructions', message: 'Custom task needs instructions.' });
    expect(refusal({ ...base, kind: '' })).toMatchObject({ field: 'kind' });
    expect(validateAssignment({ ...base, kind: 'assessment', settings: { assessment: { instrument: ['gad7'] }, routine: { items: [] } } }).settings).toEqual({ instrument: 'gad7' });
    expect(validateAssignment({ ...base, kind: 'routine' }).settings).toBeNull();
  });
});

describe('homework kinds in the client’s language', () => {
  const words = (locale: 'en' | 'es' | 'de') => ({ locale, t: translator(locale) });

  it('labels the buttons and settings in Spanish and German, English unchanged, stored ids the same', () => {
    const journal = { id: 'a1', kind: 'journaling' }; // an alias an earlier version stored
    expect(homeworkChoice(journal)).toEqual({ id: buttonId('homework', 'a1'), label: 'Start: Reflective journaling' });
    expect(homeworkChoiceIn(journal, words('es'))).toEqual({ id: buttonId('homework', 'a1'), label: 'Empezar: Diario reflexivo' });
    expect(homeworkChoiceIn({ id: 'a2', kind: 'checkin' }, words('de')).label).toBe('Starten: Gefühls-Check-in');
    expect(homeworkChoiceIn({ id: 'a3', kind: 'custom' }, words('es')).label).toBe('Hecho: Tarea personalizada');
    const settings = { items: ['sleep', 'meals'] };
    expect(describeSettings('routine', settings)).toEqual(['What to track: Sleep, Regular meals']);
    expect(describeSettings('routine', settings, words('es'))).toEqual(['Qué registrar: Sueño, Comidas regulares']);
    expect(describeSettings('routine', settings, words('de'))).toEqual(['Was festgehalten wird: Schlaf, Regelmäßige Mahlzeiten']);
    expect(homeworkLabel('routine')).toBe('Routine and wellness'); // the therapist's side stays English
  });
});
