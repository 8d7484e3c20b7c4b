import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import { ratio } from './adherence.js';
import type { PreSessionBrief, HomeworkRating } from './brief.js';
import { BRIEF_DEFAULT_DAYS, BRIEF_MAX_DAYS } from './brief.js';
import { chartRenderer } from './chart-renderer.js';
import type { RenderedChart } from './mood-chart.js';
import { bandLabel, changeLine, flagLine, instrumentName, languageLine, moodLine } from './render-summary.js';
import { tt } from '../i18n/index.js';
import { cadenceForTherapist, homeworkLabelForTherapist, dayForTherapist, instantForTherapist } from './therapist-labels.js';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** What the pre-session brief says, from the therapist catalogs in the practice's language. Arguments are already escaped unless named `plain`. */
const COPY = {
  title: (alias: string) => tt('therapist-brief-title', { alias }),
  session: (when: string, zone: string) => tt('therapist-brief-session', { when, zone }),
  noSession: () => tt('therapist-brief-no-session'),
  sinceLast: (date: string, days: number) => tt('therapist-brief-since-last', { date, days }),
  sinceCapped: (date: string, days: number) => tt('therapist-brief-since-capped', { date, days }),
  lastDays: (days: number) => tt('therapist-brief-last-days', { days }),
  homework: () => tt('therapist-brief-homework'),
  noHomework: () => tt('therapist-brief-no-homework'),
  assignment: (label: string, cadence: string, doneDue: string) => tt('therapist-brief-assignment', { label, cadence, doneDue }),
  quantity: (count: number) => ` · ${tt('therapist-brief-quantity', { count })}`,
  rating: (kind: string, plain: HomeworkRating) => {
    const rating = kind === 'checkin' ? tt('therapist-brief-rating-mood') : kind === 'thought' ? tt('therapist-brief-rating-mood-intensity') : plain.label;
    const text = plain.before !== null ? tt('therapist-brief-rating-change', { rating, before: plain.before, after: plain.after ?? '', max: plain.max }) : tt('therapist-brief-rating-mean', { rating, after: plain.after ?? '', max: plain.max });
    return ` · ${text}${plain.count > 1 ? ` ${tt('therapist-brief-rating-answers', { count: plain.count })}` : ''}`;
  },
  notOnTrack: (reason: string) => `${bold(tt('therapist-summary-not-on-track'))} ${reason}`,
  risk: () => tt('therapist-brief-risk'),
  openAlerts: (count: number) => bold(tt('therapist-summary-open-alerts', { count })),
  noFlags: () => tt('therapist-brief-no-flags'),
  scores: () => tt('therapist-brief-scores'),
  score: (name: string, date: string, total: number, band: string, change: number | null) =>
    `• ${name} ${date}: ${total} (${band})${change === null ? '' : ` · ${tt('therapist-summary-since-previous', { change: signed(change) })}`}`,
  noScores: () => tt('therapist-brief-no-scores'),
  thoughts: (count: number, before: number | null, after: number | null, distortions: string) =>
    [
      tt('therapist-summary-thoughts', { count }),
      ...(before !== null && after !== null ? [tt('therapist-summary-thoughts-intensity', { before, after })] : []),
      ...(distortions ? [tt('therapist-summary-thoughts-distortions', { distortions })] : []),
    ].join(' · '),
  noThoughts: () => tt('therapist-summary-no-thoughts'),
  highlights: () => tt('therapist-brief-highlights'),
  highlight: (date: string, hot: string, balanced: string, shift: string) =>
    `• ${date}${shift} — ${italic(tt('therapist-summary-hot-thought'))} ${hot} · ${italic(tt('therapist-summary-balanced'))} ${balanced}`,
  partner: (yes: boolean) => tt('therapist-brief-partner', { partner: yes ? 'yes' : 'no' }),
  level: (level: string) => italic(tt('therapist-summary-level', { level })),
};

/** The brief as text in the core markup; aliases and any client text escaped. */
export function briefText(brief: PreSessionBrief): string {
  const { summary } = brief;
  const lines = [bold(COPY.title(esc(summary.alias))), languageLine(summary)];
  lines.push(brief.session ? COPY.session(esc(instantForTherapist(brief.session.at, brief.session.zone)), esc(brief.session.zone)) : COPY.noSession());
  if (brief.since && !brief.capped) lines.push(italic(COPY.sinceLast(dayForTherapist(summary.window.from), Math.round((brief.builtAt.getTime() - brief.since.getTime()) / 86_400_000))));
  else if (brief.since) lines.push(italic(COPY.sinceCapped(dayForTherapist(brief.since.toISOString().slice(0, 10)), BRIEF_MAX_DAYS)));
  else lines.push(italic(COPY.lastDays(BRIEF_DEFAULT_DAYS)));

  lines.push('', bold(COPY.homework()));
  if (brief.assignments.length === 0) lines.push(COPY.noHomework());
  for (const a of brief.assignments) {
    lines.push(COPY.assignment(esc(homeworkLabelForTherapist(a.kind)), esc(cadenceForTherapist(a.cadence)), ratio(a.done, a.due)) + (a.quantity === null ? '' : COPY.quantity(a.quantity)) + (a.rating ? esc(COPY.rating(a.kind, a.rating)) : ''));
  }
  for (const flag of summary.notOnTrack) lines.push(COPY.notOnTrack(esc(flag.reason)));

  lines.push('', bold(COPY.risk()));
  if (summary.openFlags.length) lines.push(COPY.openAlerts(summary.openFlags.length));
  if (summary.flags.length === 0) lines.push(COPY.noFlags());
  for (const flag of summary.flags) lines.push(flagLine(flag));

  if (summary.mood) {
    lines.push('', moodLine(summary.mood, ` ${tt('therapist-brief-chart-below')}`));
  }
  if (summary.assessments) {
    if (summary.assessments.length === 0) lines.push(COPY.noScores());
    else {
      lines.push(bold(COPY.scores()));
      for (const score of summary.assessments) {
        lines.push(COPY.score(esc(instrumentName(score.instrument)), dayForTherapist(score.localDate), score.total, esc(bandLabel(score.instrument, score.band)), score.change));
      }
      for (const { instrument, outcome } of summary.changes ?? []) {
        const line = changeLine(instrument, outcome);
        if (line) lines.push(`• ${line}`);
      }
    }
  }
  if (summary.thoughtRecords) {
    const t = summary.thoughtRecords;
    lines.push(t.count ? COPY.thoughts(t.count, t.meanBefore, t.meanAfter, esc(t.topDistortions.map((d) => `${d.label} ×${d.count}`).join(', '))) : COPY.noThoughts());
  }
  if (brief.thoughtHighlights?.length) {
    lines.push(bold(COPY.highlights()));
    for (const h of brief.thoughtHighlights) {
      const shift = h.moodBefore !== null && h.moodAfter !== null ? ` (${h.moodBefore} → ${h.moodAfter})` : '';
      lines.push(COPY.highlight(dayForTherapist(h.localDate), esc(h.hotThought), esc(h.balancedThought), shift));
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

