import { DateTime } from 'luxon';
import { COPING, EMOTIONS, labelOf } from '../flows/catalog.js';
import { exerciseLabel } from '../exercises/catalog.js';
import type { ExportData } from './export-data.js';
import { REPORT_COPY as COPY } from './export-copy.js';

/** One day on the mood chart: the mean mood of that day's check-ins, or null without one. */
export interface ChartDay {
  localDate: string;
  mood: number | null;
}

/** Draws the mood chart as a PNG (the summaries' renderer, passed in: src/core/summaries comes after this layer). */
export type ChartDrawer = (days: ChartDay[], title?: string) => Promise<{ png: Buffer; alt: string }>;

/** The chart covers at most this many days, ending on the export's day. */
const CHART_DAYS = 60;

/** Markup that is already safe; anything else interpolated into {@link html} is escaped. */
class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

type Part = Markup | string | number | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined) return '';
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part as string | number));
}

/** A template whose every interpolated value is HTML-escaped unless it is already {@link Markup}. */
function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  return new Markup(strings.reduce((out, chunk, index) => out + chunk + (index < values.length ? render(values[index]) : ''), ''));
}

/** "Mon 2 Mar 2026, 10:00" from an export time (ISO 8601 with offset), in that offset. */
function when(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).toFormat('ccc d LLL yyyy, HH:mm');
}

function day(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}

const humanise = (field: string) => {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([key, inner]) => `${humanise(key)}: ${valueText(inner)}`).join('; ');
  return String(value);
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const oneDecimal = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The chart's days: from the first check-in (at most {@link CHART_DAYS} back) to the export's day. */
function chartDays(data: ExportData, now: Date): ChartDay[] {
  if (data.checkIns.length === 0) return [];
  const today = DateTime.fromJSDate(now, { zone: data.timezone }).startOf('day');
  const zoneToday = today.isValid ? today : DateTime.fromJSDate(now, { zone: 'UTC' }).startOf('day');
  const first = DateTime.fromISO(data.checkIns[0]!.localDate, { zone: zoneToday.zone });
  const span = Math.min(CHART_DAYS, Math.max(1, Math.floor(zoneToday.diff(first, 'days').days) + 1));
  const days: ChartDay[] = [];
  for (let offset = span - 1; offset >= 0; offset--) {
    const localDate = zoneToday.minus({ days: offset }).toISODate()!;
    const moods = data.checkIns.filter((c) => c.localDate === localDate).map((c) => c.mood);
    days.push({ localDate, mood: moods.length ? Math.round(average(moods) * 10) / 10 : null });
  }
  return days;
}

async function moodSection(data: ExportData, now: Date, drawChart: ChartDrawer | undefined): Promise<Markup> {
  if (data.checkIns.length === 0) return html`<section><h2>${COPY.moodTitle}</h2><p>${COPY.noCheckIns}</p></section>`;
  const days = chartDays(data, now);
  let chart: Markup = html`<p class="muted">${COPY.moodChartMissing}</p>`;
  if (drawChart && days.length) {
    try {
      const drawn = await drawChart(days, COPY.moodChartTitle);
      chart = html`<figure><img src="${new Markup(`data:image/png;base64,${drawn.png.toString('base64')}`)}" alt="${drawn.alt}" width="800" height="400"><figcaption>${COPY.moodChartCaption(days.length)}</figcaption></figure>`;
    } catch {
      // The table below still holds every check-in.
    }
  }
  const rows = data.checkIns.map((c) => {
    const emotions = c.emotions.map((e) => `${e.emotion === 'other' && c.otherEmotion ? c.otherEmotion : labelOf(EMOTIONS, e.emotion)} ${e.intensity}`).join(', ');
    const coping = c.coping.map((id) => (id === 'other' && c.otherCoping ? c.otherCoping : labelOf(COPING, id))).join(', ');
    return html`<tr><td>${when(c.at)}</td><td class="num">${c.mood}</td><td>${emotions}</td><td>${coping}</td><td>${c.trigger ?? ''}</td><td>${c.note ?? ''}</td></tr>`;
  });
  const summary = COPY.checkInSummary(data.checkIns.length, oneDecimal(Math.round(average(data.checkIns.map((c) => c.mood)) * 10) / 10));
  return html`<section><h2>${COPY.moodTitle}</h2>${chart}<p>${summary}</p>
<table><thead><tr>${COPY.checkInColumns.map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function thoughtSection(data: ExportData): Markup {
  if (data.thoughtRecords.length === 0) return html`<section><h2>${COPY.thoughtTitle}</h2><p>${COPY.noThoughts}</p></section>`;
  const records = data.thoughtRecords.map((t) => {
    const moods = t.moods.map((m) => `${labelOf(EMOTIONS, m.mood)} ${m.before}${m.after === undefined ? '' : ` → ${m.after}`}`).join(', ');
    const thoughts = t.thoughts.map((thought) => html`<li>${thought}${thought === t.hotThought && t.thoughts.length > 1 ? html` <em>(${COPY.hotThought})</em>` : ''}</li>`);
    return html`<article class="card"><h3>${when(t.at)}</h3><dl>
<dt>${COPY.situation}</dt><dd>${t.situation}</dd>
<dt>${COPY.moods}</dt><dd>${moods}</dd>
<dt>${COPY.thoughts}</dt><dd><ul>${thoughts}</ul></dd>
<dt>${COPY.traps}</dt><dd>${t.thinkingTraps.length ? t.thinkingTraps.join(', ') : COPY.noTraps}</dd>
<dt>${COPY.evidenceFor}</dt><dd>${t.evidenceFor}</dd>
<dt>${COPY.evidenceAgainst}</dt><dd>${t.evidenceAgainst}</dd>
<dt>${COPY.balanced}</dt><dd>${t.balancedThought} ${COPY.belief(t.balancedBelief)}</dd>
</dl></article>`;
  });
  return html`<section><h2>${COPY.thoughtTitle}</h2>${records}</section>`;
}

function assessmentSection(data: ExportData): Markup {
  if (data.assessments.length === 0) return html`<section><h2>${COPY.assessmentTitle}</h2><p>${COPY.noAssessments}</p></section>`;
  const rows = data.assessments.map(
    (a) => html`<tr><td>${when(a.at)}</td><td>${a.instrument}</td><td class="num">${COPY.score(a.total, a.maxTotal)}</td><td>${a.bandName}</td></tr>`,
  );
  return html`<section><h2>${COPY.assessmentTitle}</h2><table><thead><tr>${COPY.assessmentColumns.map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function exerciseSection(data: ExportData): Markup {
  if (data.exercises.length === 0) return html`<section><h2>${COPY.exerciseTitle}</h2><p>${COPY.noExercises}</p></section>`;
  const entries = data.exercises.map((e) => {
    const fields = Object.entries(e.content).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));
    return html`<article class="card"><h3>${e.exercise} · ${when(e.at)} <span class="muted">(${COPY.exerciseStatus[e.status] ?? e.status})</span></h3><dl>${fields.map(
      ([field, value]) => html`<dt>${humanise(field)}</dt><dd>${valueText(value)}</dd>`,
    )}</dl></article>`;
  });
  return html`<section><h2>${COPY.exerciseTitle}</h2>${entries}</section>`;
}

function homeworkSection(data: ExportData): Markup {
  if (data.homework.length === 0) return html`<section><h2>${COPY.homeworkTitle}</h2><p>${COPY.noHomework}</p></section>`;
  const items = data.homework.map((h) => {
    const kind = COPY.homeworkKinds[h.kind] ?? exerciseLabel(h.kind) ?? h.kind;
    const cadence = COPY.cadences[h.cadence] ?? h.cadence;
    return html`<li><strong>${COPY.homeworkLine(kind, cadence)}</strong> — ${day(h.assignedAt.slice(0, 10))}${h.instructions ? html`: ${h.instructions}` : ''}. <span class="muted">${COPY.homeworkDone(h.completedOn.length)}${h.active ? '' : `, ${COPY.homeworkEnded}`}</span></li>`;
  });
  return html`<section><h2>${COPY.homeworkTitle}</h2><ul>${items}</ul></section>`;
}

function partnerSection(data: ExportData): Markup {
  if (data.partnerships.length === 0) return html`<section><h2>${COPY.partnerTitle}</h2><p>${COPY.noPartner}</p></section>`;
  const items = data.partnerships.map((p) => html`<li>${COPY.partnerLine(p.you.nameYouChose, p.partner.name, COPY.partnerStatus[p.status] ?? p.status)}</li>`);
  return html`<section><h2>${COPY.partnerTitle}</h2><ul>${items}</ul></section>`;
}

const STYLE = `
body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: #222; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { color: #2d5a88; margin-bottom: 0.2rem; }
h2 { color: #2d5a88; border-bottom: 2px solid #dbe6f1; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1rem; margin: 0 0 0.5rem; }
.muted { color: #666; font-weight: normal; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #e4e4e4; border-radius: 6px; }
figcaption { color: #666; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e4e4e4; }
th { background: #f3f7fb; }
td.num { text-align: right; white-space: nowrap; }
.card { border: 1px solid #e4e4e4; border-radius: 8px; padding: 0.8rem 1rem; margin: 0.8rem 0; break-inside: avoid; }
dl { margin: 0; display: grid; grid-template-columns: 12rem 1fr; gap: 0.25rem 1rem; }
dt { color: #555; font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; }
dd ul { margin: 0; padding-left: 1.2rem; }
footer { margin-top: 3rem; color: #666; font-size: 0.85rem; }
@media print { body { margin: 0; } h2 { break-after: avoid; } }
`;

/**
 * The readable "my progress" report: one self-contained HTML file (inline CSS, the mood chart as an
 * inline PNG, no scripts and nothing fetched), in plain language, that a client can open, print or
 * bring to a session. Every value is escaped: what the person wrote never becomes markup.
 */
export async function progressReport(data: ExportData, now: Date, drawChart?: ChartDrawer): Promise<string> {
  const prepared = COPY.prepared(day(data.exportedAt.slice(0, 10)), data.timezone);
  const body = html`<header><h1>${COPY.heading}</h1>${data.person.displayName ? html`<p>${COPY.preparedFor(data.person.displayName)}</p>` : ''}<p class="muted">${prepared}</p>
<p>${COPY.intro}</p></header>
${await moodSection(data, now, drawChart)}
${thoughtSection(data)}
${assessmentSection(data)}
${exerciseSection(data)}
${homeworkSection(data)}
${partnerSection(data)}
<footer><p>${COPY.complete}</p><p>${COPY.footer}</p></footer>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(data.person.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(COPY.documentTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.value}
</body>
</html>
`;
}
