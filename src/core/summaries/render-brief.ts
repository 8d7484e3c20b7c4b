import { describeCadence } from '../exercises/homework-kinds.js';
import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import { longInstant, shortDayLabel } from '../time.js';
import { ratio } from './adherence.js';
import type { PreSessionBrief, HomeworkRating } from './brief.js';
import { BRIEF_DEFAULT_DAYS, BRIEF_MAX_DAYS } from './brief.js';
import { chartRenderer } from './chart-renderer.js';
import type { RenderedChart } from './mood-chart.js';
import { bandLabel, changeLine, flagLine, instrumentName } from './render-summary.js';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** What the pre-session brief says, in one place. Arguments are already escaped unless named `plain`. */
const COPY = {
  title: (alias: string) => `Pre-session brief — ${alias}`,
  session: (when: string, zone: string) => `Session: ${when} (${zone})`,
  noSession: 'No session set (`/between session` sets one)',
  sinceLast: (date: string, days: number) => `What changed since the last session (${date}, ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`})`,
  sinceCapped: (date: string, days: number) => `The last session was ${date}; this covers its last ${days} days`,
  lastDays: (days: number) => `The last ${days} days (no earlier session recorded)`,
  homework: 'Homework',
  noHomework: 'No homework from you in this period.',
  assignment: (label: string, cadence: string, doneDue: string) => `• ${label} (${cadence}): ${doneDue} done`,
  quantity: (count: number) => ` · ${count} entr${count === 1 ? 'y' : 'ies'}`,
  rating: (plain: HomeworkRating) =>
    ` · their own ${plain.label}: ${plain.before !== null ? `${plain.before} → ` : 'mean '}${plain.after}/${plain.max}${plain.count > 1 ? ` (${plain.count} answers)` : ''}`,
  notOnTrack: (reason: string) => `${bold('⚑ Not on track:')} ${reason}`,
  risk: 'Risk flags',
  openAlerts: (count: number) => `${bold(`⚠ ${count} unacknowledged risk alert${count === 1 ? '' : 's'}`)}`,
  noFlags: 'No risk flags in this period.',
  mood: (mean: number, count: number, change: number | null) => `Mood: mean ${mean}/10 over ${count} check-in${count === 1 ? '' : 's'}${change === null ? '' : ` · first to last day ${signed(change)}`} (chart below)`,
  noMood: 'Mood: no check-ins in this period',
  scores: 'Questionnaires',
  score: (name: string, date: string, total: number, band: string, change: number | null) => `• ${name} ${date}: ${total} (${band})${change === null ? '' : ` · ${signed(change)} since previous`}`,
  noScores: 'Questionnaires: none in this period',
  thoughts: (count: number, before: number | null, after: number | null, distortions: string) =>
    `Thought records: ${count}${before !== null && after !== null ? ` · mood intensity ${before} → ${after}` : ''}${distortions ? ` · top distortions: ${distortions}` : ''}`,
  noThoughts: 'Thought records: none in this period',
  highlights: 'Thought-record highlights (client’s words)',
  highlight: (date: string, hot: string, balanced: string, shift: string) => `• ${date}${shift} — ${italic('Hot thought:')} ${hot} · ${italic('Balanced:')} ${balanced}`,
  partner: (yes: boolean) => `Accountability partner: ${yes ? 'yes' : 'no'}`,
  level: (level: string) => italic(`Detail level: ${level}`),
} as const;

/** The brief as text in the core markup; aliases and any client text escaped. */
export function briefText(brief: PreSessionBrief): string {
  const { summary } = brief;
  const lines = [bold(COPY.title(esc(summary.alias)))];
  lines.push(brief.session ? COPY.session(esc(longInstant(brief.session.at, brief.session.zone)), esc(brief.session.zone)) : COPY.noSession);
  if (brief.since && !brief.capped) lines.push(italic(COPY.sinceLast(shortDayLabel(summary.window.from), Math.round((brief.builtAt.getTime() - brief.since.getTime()) / 86_400_000))));
  else if (brief.since) lines.push(italic(COPY.sinceCapped(shortDayLabel(brief.since.toISOString().slice(0, 10)), BRIEF_MAX_DAYS)));
  else lines.push(italic(COPY.lastDays(BRIEF_DEFAULT_DAYS)));

  lines.push('', bold(COPY.homework));
  if (brief.assignments.length === 0) lines.push(COPY.noHomework);
  for (const a of brief.assignments) {
    lines.push(COPY.assignment(esc(a.label), esc(describeCadence(a.cadence)), ratio(a.done, a.due)) + (a.quantity === null ? '' : COPY.quantity(a.quantity)) + (a.rating ? esc(COPY.rating(a.rating)) : ''));
  }
  for (const flag of summary.notOnTrack) lines.push(COPY.notOnTrack(esc(flag.reason)));

  lines.push('', bold(COPY.risk));
  if (summary.openFlags.length) lines.push(COPY.openAlerts(summary.openFlags.length));
  if (summary.flags.length === 0) lines.push(COPY.noFlags);
  for (const flag of summary.flags) lines.push(flagLine(flag));

  if (summary.mood) {
    lines.push('', summary.mood.checkIns && summary.mood.mean !== null ? COPY.mood(summary.mood.mean, summary.mood.checkIns, summary.mood.change) : COPY.noMood);
  }
  if (summary.assessments) {
    if (summary.assessments.length === 0) lines.push(COPY.noScores);
    else {
      lines.push(bold(COPY.scores));
      for (const score of summary.assessments) {
        lines.push(COPY.score(esc(instrumentName(score.instrument)), shortDayLabel(score.localDate), score.total, esc(bandLabel(score.instrument, score.band)), score.change));
      }
      for (const { instrument, outcome } of summary.changes ?? []) {
        const line = changeLine(instrument, outcome);
        if (line) lines.push(`• ${line}`);
      }
    }
  }
  if (summary.thoughtRecords) {
    const t = summary.thoughtRecords;
    lines.push(t.count ? COPY.thoughts(t.count, t.meanBefore, t.meanAfter, esc(t.topDistortions.map((d) => `${d.label} ×${d.count}`).join(', '))) : COPY.noThoughts);
  }
  if (brief.thoughtHighlights?.length) {
    lines.push(bold(COPY.highlights));
    for (const h of brief.thoughtHighlights) {
      const shift = h.moodBefore !== null && h.moodAfter !== null ? ` (${h.moodBefore} → ${h.moodAfter})` : '';
      lines.push(COPY.highlight(shortDayLabel(h.localDate), esc(h.hotThought), esc(h.balancedThought), shift));
    }
  }
  if (brief.partner !== undefined) lines.push(COPY.partner(brief.partner));
  lines.push('', COPY.level(summary.level));
  return lines.join('\n');
}

/** The brief as a message, with the mood chart over the period (clinical and full); `started` as for summaryMessage. */
export async function briefMessage(brief: PreSessionBrief, options: { chart?: boolean; started?: Promise<RenderedChart> | undefined } = {}): Promise<{ message: OutboundMessage; chartMs: number }> {
  const message: OutboundMessage = { text: briefText(brief) };
  let chartMs = 0;
  if (options.chart !== false && brief.summary.mood) {
    const chart = await (options.started ?? chartRenderer.render(brief.summary.mood.days));
    chartMs = chart.renderMs;
    message.attachment = { kind: 'image', filename: `mood-brief-${brief.summary.window.to}.png`, mimeType: 'image/png', data: chart.png.toString('base64'), alt: chart.alt };
  }
  return { message, chartMs };
}

