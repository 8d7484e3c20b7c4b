import type { AssessmentRecord } from '../../db/repositories/assessments.js';
import type { Repositories } from '../../db/store.js';
import { findInstrument, INSTRUMENTS, instrumentsFor, type Instrument } from '../assessments/instruments.js';
import { scoreAssessment, validateInstrument, type ScoredAssessment } from '../assessments/scoring.js';
import { bold, esc, italic } from '../messages.js';
import { localDateOf, shortDayLabel } from '../time.js';
import type { FlowContext, FlowData, FlowDefinition, StepDefinition, StepInput } from './types.js';

/**
 * `/assessment`: standard questionnaires (PHQ-8 or PHQ-9, GAD-7, WHO-5), built from the instrument
 * data in src/core/assessments/instruments.ts — one item per message, with buttons or typed answers.
 *
 * One flow holds every instrument: a chooser (skipped when `/assessment gad7` names one), then the
 * chosen instrument's items. Once an instrument is chosen the chooser no longer applies, so the
 * engine's progress counts items only ("3/7"); the standard framing is shown with the first item.
 * Risk items (PHQ-9 item 9) trigger the safety response as soon as they are answered. Only a
 * complete administration is scored and stored; results go to the person's own chat only.
 */

export const ASSESSMENT_FLOW = 'assessment';
const CHOOSE_STEP = 'choose';
/** Scores per instrument shown by /history. */
const TREND_POINTS = 4;

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
  answers?: Record<string, number>;
  /** Risk items already responded to in this administration ("phq9.q9"), so `back` does not alert twice. */
  riskAnswered?: string[];
}

const answersOf = (data: AssessmentData): Record<string, number> => data.answers ?? {};
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** "Press a button, or type the number: 0 = Not at all … 3 = Nearly every day." */
function answerHint(instrument: Instrument): string {
  const sorted = [...instrument.options].sort((a, b) => a.score - b.score);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  return `Press a button, or type the number: ${low.score} = ${esc(low.label)} … ${high.score} = ${esc(high.label)}.`;
}

function answerList(instrument: Instrument): string {
  return [...instrument.options]
    .sort((a, b) => a.score - b.score)
    .map((option) => `${option.score} ${esc(option.label)}`)
    .join(', ');
}

/**
 * The score of one answer. Buttons carry the score; typed words match a label; a typed number is
 * always the score itself (never "the fourth button"), so "4" on a 0–3 scale is corrected.
 */
function scoreOf(instrument: Instrument, input: StepInput, context: FlowContext): { score: number } | { error: string } {
  const scores = new Set(instrument.options.map((option) => option.score));
  const sorted = [...instrument.options].sort((a, b) => a.score - b.score);
  const range = `${sorted[0]!.score} to ${sorted[sorted.length - 1]!.score}`;
  const typed = context.event.kind === 'text' ? context.event.text.trim() : undefined;
  if (typed !== undefined && /^[-+]?\d+(?:[.,]\d+)?$/.test(typed)) {
    const value = Number(typed.replace(',', '.'));
    if (scores.has(value)) return { score: value };
    return { error: `“${esc(typed.slice(0, 12))}” isn’t one of the answers here — please press a button, or type a number from ${range} (${answerList(instrument)}).` };
  }
  if (input.kind === 'choice') {
    const value = Number(input.value);
    if (/^\d+$/.test(input.value) && scores.has(value)) return { score: value };
  }
  return { error: `I didn’t quite catch that. Please press the button closest to how it’s been, or type one of: ${answerList(instrument)}.` };
}

/** The steps of one instrument: one per item, applying only while that instrument is chosen. */
export function instrumentSteps(instrument: Instrument): StepDefinition[] {
  const options = instrument.options.map((option) => ({ value: String(option.score), label: option.label }));
  return instrument.items.map((item, index) => ({
    id: `${instrument.id}.${item.id}`,
    when: (data: FlowData) => data.instrument === instrument.id,
    view: () => ({
      text: index === 0 ? `${bold(esc(instrument.name))} — ${esc(instrument.intro)}\n${italic(answerHint(instrument))}\n\n${esc(item.text)}` : esc(item.text),
      options,
    }),
    accept: async (input: StepInput, data: AssessmentData, context: FlowContext) => {
      const parsed = scoreOf(instrument, input, context);
      if ('error' in parsed) return { ok: false, error: parsed.error };
      let next: AssessmentData = { ...data, answers: { ...answersOf(data), [item.id]: parsed.score } };
      const riskKey = `${instrument.id}.${item.id}`;
      const answered = data.riskAnswered ?? [];
      if (item.risk && parsed.score >= item.risk.minScore && !answered.includes(riskKey)) {
        // At once, whatever the total, before the next item; the questionnaire then carries on.
        await context.safety.respond(context, { source: 'assessment', severity: item.risk.severity, matched: [`${instrument.id}:${item.id}`] });
        next = { ...next, riskAnswered: [...answered, riskKey] };
      }
      return { ok: true, data: next };
    },
    clear: (data: AssessmentData) => {
      const answers = { ...answersOf(data) };
      delete answers[item.id];
      return { ...data, answers };
    },
  }));
}

/** A stable number for the set of steps, so stored progress of a changed set restarts politely. */
function versionOf(instruments: readonly Instrument[]): number {
  const shape = instruments.map((i) => `${i.id}@${i.version}:${i.items.map((item) => item.id).join(',')}:${i.options.map((o) => o.score).join(',')}`).join('|');
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
  const resolve = (text: string): { instrument: Instrument; note?: string } | undefined => {
    const key = squash(text);
    if (!key) return undefined;
    const matches = (i: Instrument) => squash(i.id) === key || squash(i.name) === key || (i.aliases ?? []).some((alias) => squash(alias) === key);
    const direct = offered.find(matches) ?? available.find(matches);
    if (direct) return { instrument: direct };
    const known = all.find(matches);
    const substitute = known && available.find((i) => i.id === known.replaces || i.replaces === known.id);
    if (known && substitute) return { instrument: substitute, note: `The ${known.name} isn’t switched on here, so here is the ${substitute.name} instead.` };
    return undefined;
  };

  const chooser: StepDefinition = {
    id: CHOOSE_STEP,
    freeText: true,
    when: (data) => typeof data.instrument !== 'string',
    view: () => ({
      text: `Which questionnaire would you like to fill in? Each takes a couple of minutes.\n\n${offered.map((i) => `${bold(esc(i.name))} — ${esc(i.topic)} (${i.items.length} questions)`).join('\n')}`,
      options: offered.map((i) => ({ value: i.id, label: `${i.name} · ${i.topic}` })),
    }),
    accept: (input, data: AssessmentData) => {
      const chosen = input.kind === 'choice' ? offered.find((i) => i.id === input.value) : input.kind === 'text' ? resolve(input.text)?.instrument : undefined;
      if (!chosen) return { ok: false, error: `Please choose one of the questionnaires: ${offered.map((i) => esc(i.name)).join(', ')}.` };
      // Choosing again after `back`: a different questionnaire starts with no answers.
      const answers = chosen.id === data.instrument ? answersOf(data) : {};
      return { ok: true, data: { ...data, instrument: chosen.id, answers } };
    },
  };

  return {
    name: ASSESSMENT_FLOW,
    version: versionOf(available),
    title: 'questionnaire',
    guard: (context) => (context.person ? undefined : 'Let’s get you set up first — type /start.'),
    steps: [chooser, ...available.flatMap(instrumentSteps)],
    init(context) {
      const args = context.event.kind === 'command' ? context.event.args.trim() : '';
      if (!args) return offered.length === 1 ? { instrument: offered[0]!.id, answers: {} } : { answers: {} };
      const found = resolve(args);
      if (!found) {
        context.reply(`I don’t know a questionnaire called “${esc(args.slice(0, 40))}”.`);
        return { answers: {} };
      }
      if (found.note) context.reply(found.note);
      return { instrument: found.instrument.id, answers: {} };
    },
    async finish(data: AssessmentData, context) {
      const person = context.person!;
      const instrument = typeof data.instrument === 'string' ? available.find((i) => i.id === data.instrument) : undefined;
      const outcome = instrument ? scoreAssessment(instrument, answersOf(data)) : undefined;
      // Never reached with a partial administration; if it were, nothing is scored or stored.
      if (!instrument || !outcome?.ok) return ['Some answers were missing, so I haven’t scored or saved this questionnaire. Type /assessment to start again.'];
      const { result } = outcome;
      const localDate = localDateOf(context.now, person.timezone);
      const previous = await context.repos.assessments.latest(person.id, instrument.id);
      const id = await context.repos.assessments.create({
        personId: person.id,
        instrument: instrument.id,
        instrumentVersion: instrument.version,
        answers: result.answers,
        total: result.total,
        band: result.band.key,
        localDate,
        at: context.now,
      });
      const homework = await context.repos.homework.complete(person.id, 'assessment', localDate, { kind: 'assessment', id }, context.now);
      return [resultMessage(instrument, result, previous, homework > 0)];
    },
  };
}

/** What the person is told: score and band, kindly; the change since last time; the attribution. */
export function resultMessage(instrument: Instrument, result: ScoredAssessment, previous: AssessmentRecord | null, homework = false): string {
  const lines = [bold(`Thank you — that’s the ${esc(instrument.name)} done.`)];
  const direction = instrument.higherIsBetter ? ' (higher is better)' : '';
  lines.push(`Your score is ${result.total} out of ${result.max}${direction}, which is in the ${esc(result.band.label)} range.`);
  if (previous) {
    const change = result.total - previous.total;
    lines.push(
      change === 0
        ? `That’s the same as last time (${shortDayLabel(previous.localDate)}).`
        : `Last time (${shortDayLabel(previous.localDate)}) it was ${previous.total}, so it’s ${Math.abs(change)} ${change > 0 ? 'higher' : 'lower'} now.`,
    );
  }
  lines.push('');
  for (const note of result.notes) lines.push(esc(note.message));
  if (result.band.discuss) lines.push('This would be a good thing to talk through with your therapist — you could bring it to your next session.');
  lines.push('A questionnaire is a snapshot, not a diagnosis; it’s most useful for seeing how things change over time. /history shows your scores.');
  if (homework) lines.push('That counts toward your homework ✓');
  lines.push('', italic(esc(`${instrument.name}: ${instrument.attribution}`)));
  return lines.join('\n');
}

/**
 * For /history: the last few scores of each questionnaire with the latest band and the change since
 * the one before. Empty when the person has none.
 */
export async function assessmentTrendLines(repos: Repositories, personId: string, instruments: readonly Instrument[] = INSTRUMENTS): Promise<string[]> {
  const results = await repos.assessments.listSince(personId, new Date(0));
  if (results.length === 0) return [];
  const byInstrument = new Map<string, AssessmentRecord[]>();
  for (const result of results) byInstrument.set(result.instrument, [...(byInstrument.get(result.instrument) ?? []), result]);
  const order = (id: string) => {
    const index = instruments.findIndex((i) => i.id === id);
    return index === -1 ? instruments.length : index;
  };
  const lines = ['', bold('Your questionnaires')];
  for (const [id, list] of [...byInstrument].sort(([a], [b]) => order(a) - order(b))) {
    const instrument = findInstrument(id, instruments);
    const latest = list[list.length - 1]!;
    const before = list[list.length - 2];
    const band = instrument?.bands.find((b) => b.key === latest.band)?.label ?? latest.band;
    const scores = list.slice(-TREND_POINTS).map((r) => r.total).join(' → ');
    const change = before ? `, ${latest.total - before.total > 0 ? '+' : latest.total - before.total < 0 ? '−' : '±'}${Math.abs(latest.total - before.total)} since the one before` : '';
    lines.push(`${esc(instrument?.name ?? id)}: ${scores} · ${esc(band)} (${shortDayLabel(latest.localDate)})${change}`);
  }
  return lines;
}
