import type { AssessmentRecord } from '../../db/repositories/assessments.js';
import type { Repositories } from '../../db/store.js';
import { findInstrument, INSTRUMENTS, instrumentsFor, type AnswerOption, type Instrument } from '../assessments/instruments.js';
import { isAsked, notesByKeys, scoreAssessment, validateInstrument, type ScoredAssessment } from '../assessments/scoring.js';
import { localizeInstrument } from '../assessments/translations/index.js';
import { foldVariants, hasMessage, INSTRUMENT_WORDS, isolate, translator, type RenderLocale, type Translate } from '../i18n/index.js';
import { bold, esc, italic } from '../messages.js';
import { dayLabel, localDateOf } from '../time.js';
import { messageId } from './catalog.js';
import { optionNamed } from './steps.js';
import type { ChoiceOption, FlowContext, FlowData, FlowDefinition, StepDefinition, StepInput } from './types.js';
import { needsPerson } from './guards.js';

/**
 * `/assessment`: standard questionnaires (PHQ-8 or PHQ-9, GAD-7, WHO-5), built from the instrument
 * data in src/core/assessments/instruments.ts — one item per message, with buttons or typed answers.
 *
 * One flow holds every instrument: a chooser (skipped when `/assessment gad7` names one), then the
 * chosen instrument's items, then its unscored questions (the functional-difficulty question). The
 * progress counter counts the chosen instrument's items ("3/8"; none on the chooser); an unscored
 * question, asked only sometimes, shares the last item's number. The standard framing is shown
 * with the first item.
 *
 * An answer is a button (carrying the option), the option's name (loosely matched), or its number:
 * the option's position as shown, 1 being the first — the same number the console lists beside it.
 * WHO-5 lists "All of the time" first, so there "1" is the answer scoring 5.
 *
 * The items, answers, framing, difficulty question and attribution are shown in the person's
 * language (`PersonRecord.locale`) where its official translation is confirmed
 * (src/core/assessments/translations/), otherwise in English with a one-line note. The answers keep
 * the English instrument's scores, so a typed number, a typed name in either language or a button
 * scores the same; the result stores the version it was shown in ("es-2").
 *
 * Risk items (PHQ-9 item 9) trigger the safety response as soon as the chosen answer scores at
 * least their `minScore`. Only a complete administration is scored and stored; results go to the
 * person's own chat only.
 */

/** The flow's name, and the homework kind it completes (src/core/exercises/homework-kinds.ts). */
export const ASSESSMENT_FLOW = 'assessment';
const CHOOSE_STEP = 'choose';
/** Scores per instrument shown by /history. */
const TREND_POINTS = 4;

/**
 * What this flow says (locales/<lang>/assessment.ftl). Option labels and questions come from the
 * instrument data in the person's language; topics, score ranges and notes of the built-in
 * instruments from the catalogs (an instrument the catalogs don't know keeps its own words).
 */
const numbered = (options: readonly AnswerOption[]) => options.map((option, index) => `${index + 1} = ${esc(option.label)}`).join(', ');
const numberHint = (options: readonly AnswerOption[], t: Translate) =>
  t('assessment-number-hint', { first: options[0]!.label, count: options.length, last: options[options.length - 1]!.label });
/** A catalog message when the catalogs have it, else the instrument's own words. */
const wordOf = (t: Translate, locale: RenderLocale, id: string, fallback: string) => (hasMessage(locale, id) ? t(id) : fallback);
const topicOf = (instrument: Instrument, t: Translate, locale: RenderLocale) => wordOf(t, locale, messageId('assessment-topic', instrument.topic), instrument.topic);
const bandOf = (key: string, label: string, t: Translate, locale: RenderLocale) => wordOf(t, locale, messageId('assessment-band', key), label);
const noteOf = (note: { key: string; label: string; message: string }, t: Translate, locale: RenderLocale) => ({
  label: wordOf(t, locale, `${messageId('assessment-note', note.key)}-label`, note.label),
  message: wordOf(t, locale, messageId('assessment-note', note.key), note.message),
});
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export interface AssessmentFlowOptions {
  /**
   * The practice has switched on the PHQ-9 (whose item 9 asks about self-harm). Off by default: the
   * PHQ-8 is offered instead.
   */
  phq9Enabled?: boolean;
  /** The instruments this installation knows (default: {@link INSTRUMENTS}). */
  instruments?: readonly Instrument[];
}

/** What the flow keeps while it runs (persisted, encrypted, after every step). */
interface AssessmentData extends FlowData {
  instrument?: string;
  /** Item id → score, and unscored question id → its answer's code. */
  answers?: Record<string, number>;
  /** Risk items already responded to in this administration ("phq9.q9"), so `back` does not alert twice. */
  riskAnswered?: string[];
}

const answersOf = (data: AssessmentData): Record<string, number> => data.answers ?? {};
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The button value of an option: its score, prefixed so that a typed "1" can never match it (a typed number is a position). */
const valueOf = (option: AnswerOption) => `s${option.score}`;
const choicesOf = (options: readonly AnswerOption[]): ChoiceOption[] => options.map((option) => ({ value: valueOf(option), label: option.label }));

/**
 * The option an answer chose. A pressed button carries it; a typed number was already turned into
 * the option at that position by the flow engine, as was a typed name that matches exactly; other
 * typed names are matched loosely. Anything else gets a reply naming the numbers and the options.
 */
function chosenOption(options: readonly AnswerOption[], input: StepInput, optional: boolean, t: Translate): { option: AnswerOption } | { error: string } {
  if (input.kind === 'choice') {
    const option = options.find((candidate) => valueOf(candidate) === input.value);
    if (option) return { option };
  }
  if (input.kind === 'text') {
    const typed = input.text.trim();
    if (/^[-+]?\d+(?:[.,]\d*)?$/.test(typed)) {
      return { error: t('assessment-no-such-number', { typed: esc(typed.slice(0, 12)), count: options.length, numbered: numbered(options), optional: yesNo(optional), skip: options.length + 1 }) };
    }
    const option = optionNamed(options, typed);
    if (option) return { option };
  }
  return { error: t('assessment-not-understood', { numbered: numbered(options), optional: yesNo(optional) }) };
}

/** The item scores answered so far (the unscored answers left out). */
function itemScoresOf(instrument: Instrument, data: AssessmentData): Record<string, number> {
  const answers = answersOf(data);
  return Object.fromEntries(instrument.items.flatMap((item) => (answers[item.id] === undefined ? [] : [[item.id, answers[item.id]!]])));
}

/** The steps of one instrument: one per item, then one per unscored question, applying only while that instrument is chosen. */
export function instrumentSteps(instrument: Instrument): StepDefinition[] {
  const chosen = (data: FlowData) => data.instrument === instrument.id;
  const forget = (key: string) => (data: AssessmentData) => {
    const answers = { ...answersOf(data) };
    delete answers[key];
    return { ...data, answers };
  };
  const items = instrument.items.map(
    (item, index): StepDefinition => ({
      id: `${instrument.id}.${item.id}`,
      when: chosen,
      view: (_data, context) => {
        const shown = localizeInstrument(instrument, context.person?.locale);
        const { intro, options, items } = shown.instrument;
        const note = shown.note ? `\n${italic(esc(shown.note))}` : '';
        return {
          text: index === 0 ? `${bold(esc(instrument.name))} — ${esc(intro)}${note}\n${italic(esc(numberHint(options, context.t)))}\n\n${esc(items[index]!.text)}` : esc(items[index]!.text),
          options: choicesOf(options),
        };
      },
      accept: async (input: StepInput, data: AssessmentData, context: FlowContext) => {
        const parsed = chosenOption(localizeInstrument(instrument, context.person?.locale).instrument.options, input, false, context.t);
        if ('error' in parsed) return { ok: false, error: parsed.error };
        const score = parsed.option.score;
        let next: AssessmentData = { ...data, answers: { ...answersOf(data), [item.id]: score } };
        const riskKey = `${instrument.id}.${item.id}`;
        const answered = data.riskAnswered ?? [];
        if (item.risk && score >= item.risk.minScore && !answered.includes(riskKey)) {
          // At once, whatever the total, before the next item; the questionnaire then carries on.
          await context.safety.respond(context, { source: 'assessment', severity: item.risk.severity, matched: [`${instrument.id}:${item.id}`] });
          next = { ...next, riskAnswered: [...answered, riskKey] };
        }
        return { ok: true, data: next };
      },
      clear: forget(item.id),
    }),
  );
  const questions = (instrument.unscored ?? []).map((question, index): StepDefinition => {
    const optional = question.onlyIfAnyItemAbove !== undefined;
    /** The question as this person is shown it, and the note when it is in English inside a translated questionnaire. */
    const shownFor = (context: FlowContext) => {
      const shown = localizeInstrument(instrument, context.person?.locale);
      return { question: shown.instrument.unscored?.[index] ?? question, note: shown.questionNotes[question.id] };
    };
    return {
      id: `${instrument.id}.${question.id}`,
      ...(optional && { optional: true }),
      // Part of the last item in the counter ("8/8" again): it is dropped when no item scored above
      // the threshold, and a counter that counted it would then end at 8/9.
      partOf: `${instrument.id}.${instrument.items.at(-1)!.id}`,
      when: (data: AssessmentData) =>
        chosen(data) && isAsked(question, itemScoresOf(instrument, data), instrument.items.some((item) => answersOf(data)[item.id] === undefined)),
      view: (_data, context) => {
        const { question: shown, note } = shownFor(context);
        return {
          text: `${esc(shown.text)}${note ? `\n${italic(esc(note))}` : ''}\n${italic(esc(`${numberHint(shown.options, context.t)} ${context.t(optional ? 'assessment-optional-hint' : 'assessment-required-hint')}`))}`,
          options: choicesOf(shown.options),
        };
      },
      accept: (input: StepInput, data: AssessmentData, context: FlowContext) => {
        const parsed = chosenOption(shownFor(context).question.options, input, optional, context.t);
        if ('error' in parsed) return { ok: false, error: parsed.error };
        return { ok: true, data: { ...data, answers: { ...answersOf(data), [question.id]: parsed.option.score } } };
      },
      clear: forget(question.id),
    };
  });
  return [...items, ...questions];
}

/** A stable number for the set of steps, so stored progress of a changed set restarts politely. */
function versionOf(instruments: readonly Instrument[]): number {
  const shape = instruments
    .map((i) => `${i.id}@${i.version}:${i.items.map((item) => item.id).join(',')}:${i.options.map((o) => o.score).join(',')}:${(i.unscored ?? []).map((q) => q.id).join(',')}`)
    .join('|');
  let hash = 0x811c9dc5;
  for (let index = 0; index < shape.length; index++) hash = Math.imul(hash ^ shape.charCodeAt(index), 0x01000193);
  return ((hash >>> 1) % 1_000_000_000) + 1;
}

/**
 * Builds the `/assessment` flow. `phq9Enabled` decides whether the PHQ-9 or the PHQ-8 is offered;
 * other opt-in instruments are never offered here.
 */
export function createAssessmentFlow(options: AssessmentFlowOptions = {}): FlowDefinition {
  const all = options.instruments ?? INSTRUMENTS;
  const problems = all.flatMap(validateInstrument);
  if (problems.length > 0) throw new Error(`invalid questionnaire data: ${problems.join('; ')}`);
  const { available, offered } = instrumentsFor(new Set(options.phq9Enabled ? ['phq9'] : []), all);

  /** `/assessment <words>` → an instrument, substituting the PHQ-8 for a PHQ-9 that is not switched on. */
  const resolve = (text: string, t: Translate): { instrument: Instrument; note?: string } | undefined => {
    const key = squash(text);
    if (!key) return undefined;
    // Its words in Spanish and German too ("ansiedad", "Stimmung"), accents and umlauts optional.
    const typed = foldVariants(text);
    const named = (word: string) => foldVariants(word).some((variant) => typed.includes(variant));
    const matches = (i: Instrument) => squash(i.id) === key || squash(i.name) === key || (i.aliases ?? []).some((alias) => squash(alias) === key) || (INSTRUMENT_WORDS[i.id] ?? []).some(named);
    const direct = offered.find(matches) ?? available.find(matches);
    if (direct) return { instrument: direct };
    const known = all.find(matches);
    const substitute = known && available.find((i) => i.id === known.replaces || i.replaces === known.id);
    if (known && substitute) return { instrument: substitute, note: t('assessment-substituted', { asked: known.name, given: substitute.name }) };
    return undefined;
  };

  const chooser: StepDefinition = {
    id: CHOOSE_STEP,
    freeText: true,
    when: (data) => typeof data.instrument !== 'string',
    view: (_data, context) => {
      const { t, locale } = context;
      const lines = offered.map((i) => t('assessment-chooser-line', { name: bold(esc(i.name)), topic: esc(topicOf(i, t, locale)), count: i.items.length }));
      return {
        text: `${t('assessment-chooser')}\n\n${lines.join('\n')}`,
        options: offered.map((i) => ({ value: i.id, label: `${i.name} · ${topicOf(i, t, locale)}` })),
      };
    },
    accept: (input, data: AssessmentData, context) => {
      const chosen = input.kind === 'choice' ? offered.find((i) => i.id === input.value) : input.kind === 'text' ? resolve(input.text, context.t)?.instrument : undefined;
      if (!chosen) return { ok: false, error: context.t('assessment-choose-one-of', { names: offered.map((i) => esc(i.name)).join(', ') }) };
      // Choosing again after `back`: a different questionnaire starts with no answers.
      const answers = chosen.id === data.instrument ? answersOf(data) : {};
      return { ok: true, data: { ...data, instrument: chosen.id, answers } };
    },
  };

  return {
    name: ASSESSMENT_FLOW,
    version: versionOf(available),
    title: 'questionnaire',
    guard: needsPerson,
    steps: [chooser, ...available.flatMap(instrumentSteps)],
    progress: (data) => available.find((i) => i.id === data.instrument)?.items.map((item) => `${data.instrument}.${item.id}`),
    init(context) {
      // Homework naming a questionnaire (the therapist's `instrument` setting) starts with the preset `_instrument`.
      const assigned = typeof context.preset?._instrument === 'string' ? context.preset._instrument : '';
      const args = assigned || (context.event.kind === 'command' ? context.event.args.trim() : '');
      if (!args) return offered.length === 1 ? { instrument: offered[0]!.id, answers: {} } : { answers: {} };
      const found = resolve(args, context.t);
      if (!found) {
        context.reply(context.t('assessment-unknown', { typed: esc(isolate(args.slice(0, 40))) }));
        return { answers: {} };
      }
      if (found.note) context.reply(found.note);
      return { instrument: found.instrument.id, answers: {} };
    },
    // `/assessment who5` over a draft of another questionnaire starts the WHO-5.
    draftFits: (draft, initial) => typeof initial.instrument !== 'string' || draft.instrument === initial.instrument,
    async finish(data: AssessmentData, context) {
      const person = context.person!;
      const instrument = typeof data.instrument === 'string' ? available.find((i) => i.id === data.instrument) : undefined;
      const outcome = instrument ? scoreAssessment(instrument, answersOf(data)) : undefined;
      // Never reached with a partial administration; if it were, nothing is scored or stored.
      if (!instrument || !outcome?.ok) return [context.t('assessment-not-scored')];
      const { result } = outcome;
      // Scored on the English instrument (the translation has the same scores); stored and said in the person's language.
      const shown = localizeInstrument(instrument, person.locale).instrument;
      const localDate = localDateOf(context.now, person.timezone);
      const previous = await context.repos.assessments.latest(person.id, instrument.id);
      const id = await context.repos.assessments.create({
        personId: person.id,
        instrument: instrument.id,
        instrumentVersion: shown.version,
        answers: { ...result.answers, ...result.unscored },
        total: result.total,
        band: result.band.key,
        notes: result.notes.map((note) => note.key),
        localDate,
        at: context.now,
      });
      const homework = await context.repos.homework.complete(person.id, ASSESSMENT_FLOW, localDate, { kind: ASSESSMENT_FLOW, id }, context.now);
      return [resultMessage(shown, result, previous, homework > 0, context.locale)];
    },
  };
}

/** What the person is told: score and band, kindly; the change since last time; notes and unscored answers; the attribution. */
export function resultMessage(instrument: Instrument, result: ScoredAssessment, previous: AssessmentRecord | null, homework = false, locale: RenderLocale = 'en'): string {
  const t = translator(locale);
  const band = bandOf(result.band.key, result.band.label, t, locale);
  const lines = [
    bold(t('assessment-done', { name: esc(instrument.name) })),
    t('assessment-score', { total: result.total, max: result.max, higherIsBetter: yesNo(Boolean(instrument.higherIsBetter)), band: esc(band) }),
  ];
  if (previous) {
    const change = result.total - previous.total;
    const date = dayLabel(previous.localDate, locale);
    lines.push(
      change === 0
        ? t('assessment-same-as-last', { date })
        : t('assessment-changed', { date, before: previous.total, change: Math.abs(change), direction: change > 0 ? 'higher' : 'lower' }),
    );
  }
  lines.push('');
  for (const question of instrument.unscored ?? []) {
    const answer = question.options.find((option) => option.score === result.unscored[question.id]);
    if (answer) lines.push(t('assessment-unscored-answer', { question: esc(question.label), answer: esc(answer.label) }));
  }
  for (const note of result.notes) lines.push(esc(noteOf(note, t, locale).message));
  if (result.band.discuss || result.notes.some((note) => note.discuss)) lines.push(t('assessment-discuss'));
  lines.push(t('assessment-snapshot'));
  if (homework) lines.push(t('assessment-counts-toward-homework'));
  lines.push('', italic(esc(`${instrument.name}: ${instrument.attribution}`)));
  return lines.join('\n');
}

/**
 * For /history: the last few scores of each questionnaire with the latest band and the change since
 * the one before. Empty when the person has none.
 */
export async function assessmentTrendLines(repos: Repositories, personId: string, instruments: readonly Instrument[] = INSTRUMENTS, locale: RenderLocale = 'en'): Promise<string[]> {
  const t = translator(locale);
  const results = await repos.assessments.listSince(personId, new Date(0));
  if (results.length === 0) return [];
  const byInstrument = new Map<string, AssessmentRecord[]>();
  for (const result of results) byInstrument.set(result.instrument, [...(byInstrument.get(result.instrument) ?? []), result]);
  const order = (id: string) => {
    const index = instruments.findIndex((i) => i.id === id);
    return index === -1 ? instruments.length : index;
  };
  const lines = ['', bold(t('assessment-history-title'))];
  for (const [id, list] of [...byInstrument].sort(([a], [b]) => order(a) - order(b))) {
    const instrument = findInstrument(id, instruments);
    const latest = list[list.length - 1]!;
    const before = list[list.length - 2];
    const band = bandOf(latest.band, instrument?.bands.find((b) => b.key === latest.band)?.label ?? latest.band, t, locale);
    const scores = list.slice(-TREND_POINTS).map((r) => r.total).join(' → ');
    const change = before
      ? `, ${t('assessment-history-since', { change: `${latest.total - before.total > 0 ? '+' : latest.total - before.total < 0 ? '−' : '±'}${Math.abs(latest.total - before.total)}` })}`
      : '';
    const notes = notesByKeys(instrument, latest.notes).map((note) => noteOf(note, t, locale).label);
    lines.push(`${esc(instrument?.name ?? id)}: ${scores} · ${esc(band)} (${dayLabel(latest.localDate, locale)})${change}${notes.length ? ` · ${notes.map(esc).join('; ')}` : ''}`);
  }
  return lines;
}
