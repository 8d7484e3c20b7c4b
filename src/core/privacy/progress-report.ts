import { DateTime } from 'luxon';
import { COPING, EMOTIONS, labelOf, messageId } from '../flows/catalog.js';
import { exerciseLabel } from '../exercises/catalog.js';
import type { ExportData } from './export-data.js';
import { hasMessage, intlLocale, storedLocale, translate, type MessageArgs, type RenderLocale } from '../i18n/index.js';

/** One day on the mood chart: the mean mood of that day's check-ins, or null without one. */
export interface ChartDay {
  localDate: string;
  mood: number | null;
}

/** Draws the mood chart as a PNG (the summaries' renderer, passed in: src/core/summaries comes after this layer). */
export type ChartDrawer = (days: ChartDay[], words: { title: string; locale: RenderLocale }) => Promise<{ png: Buffer; alt: string }>;

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

/**
 * The report's language: the person's (`locale`), its messages (`t`, locales/<lang>/privacy.ftl)
 * and its dates ("Mon 2 Mar 2026, 10:00", "lun 2 mar 2026", "Mo. 2 März 2026").
 */
interface Lang {
  locale: RenderLocale;
  t: (id: string, args?: MessageArgs) => string;
  /** A stored option (an emotion, a coping choice) by its label in the catalogs, else its English label. */
  option: (prefix: 'emotion' | 'coping', value: string) => string;
  when: (iso: string) => string;
  day: (localDate: string) => string;
}

/** Luxon format tokens (not words): "Mon 2 Mar 2026" and ", 10:00", with the names in the report's language. */
const DAY_FORMAT = ['ccc', 'd', 'LLL', 'yyyy'].join(' ');
const TIME_FORMAT = `${DAY_FORMAT}, HH:mm`;

const DAY_PARTS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const written = (time: DateTime, english: string, parts: Intl.DateTimeFormatOptions) => (time.locale === 'en' ? time.toFormat(english) : time.toLocaleString(parts));

function lang(locale: RenderLocale): Lang {
  const intl = intlLocale(locale);
  return {
    locale,
    t: (id, args) => translate(locale, id, args),
    option: (prefix, value) => (hasMessage(locale, messageId(prefix, value)) ? translate(locale, messageId(prefix, value)) : labelOf(prefix === 'emotion' ? EMOTIONS : COPING, value)),
    // An export time (ISO 8601 with offset), in that offset. English keeps its compact form; other
    // languages follow their own conventions through Intl ("Mo., 2. März 2026, 10:00").
    when: (iso) => written(DateTime.fromISO(iso, { setZone: true }).setLocale(intl), TIME_FORMAT, { ...DAY_PARTS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    day: (localDate) => written(DateTime.fromISO(localDate, { zone: 'UTC' }).setLocale(intl), DAY_FORMAT, DAY_PARTS),
  };
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

const CHECK_IN_COLUMNS = ['when', 'mood', 'emotions', 'coping', 'trigger', 'note'] as const;
const ASSESSMENT_COLUMNS = ['when', 'questionnaire', 'score', 'range'] as const;
const HOMEWORK_KINDS: readonly string[] = ['checkin', 'thought', 'assessment', 'custom'];
const CADENCES: readonly string[] = ['daily', 'weekdays', 'once'];
const PARTNER_STATUSES: readonly string[] = ['pending', 'active', 'ended', 'blocked'];

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const oneDecimal = (value: number) => (Number.isInteger(value) ? value : Math.round(value * 10) / 10);

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

async function moodSection(data: ExportData, now: Date, drawChart: ChartDrawer | undefined, { t, when, option, locale }: Lang): Promise<Markup> {
  if (data.checkIns.length === 0) return html`<section><h2>${t('report-mood-title')}</h2><p>${t('report-no-check-ins')}</p></section>`;
  const days = chartDays(data, now);
  let chart: Markup = html`<p class="muted">${t('report-mood-chart-missing')}</p>`;
  if (drawChart && days.length) {
    try {
      const drawn = await drawChart(days, { title: t('report-mood-chart-title'), locale });
      chart = html`<figure><img src="${new Markup(`data:image/png;base64,${drawn.png.toString('base64')}`)}" alt="${drawn.alt}" width="800" height="400"><figcaption>${t('report-mood-chart-caption', { days: days.length })}</figcaption></figure>`;
    } catch {
      // The table below still holds every check-in.
    }
  }
  const rows = data.checkIns.map((c) => {
    const emotions = c.emotions.map((e) => `${e.emotion === 'other' && c.otherEmotion ? c.otherEmotion : option('emotion', e.emotion)} ${e.intensity}`).join(', ');
    const coping = c.coping.map((id) => (id === 'other' && c.otherCoping ? c.otherCoping : option('coping', id))).join(', ');
    return html`<tr><td>${when(c.at)}</td><td class="num">${c.mood}</td><td>${emotions}</td><td>${coping}</td><td>${c.trigger ?? ''}</td><td>${c.note ?? ''}</td></tr>`;
  });
  const summary = t('report-check-in-summary', { count: data.checkIns.length, average: oneDecimal(average(data.checkIns.map((c) => c.mood))) });
  return html`<section><h2>${t('report-mood-title')}</h2>${chart}<p>${summary}</p>
<table><thead><tr>${CHECK_IN_COLUMNS.map((id) => t(`report-column-${id}`)).map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function thoughtSection(data: ExportData, { t, when, option }: Lang): Markup {
  if (data.thoughtRecords.length === 0) return html`<section><h2>${t('report-thought-title')}</h2><p>${t('report-no-thoughts')}</p></section>`;
  const records = data.thoughtRecords.map((r) => {
    const moods = r.moods.map((m) => `${option('emotion', m.mood)} ${m.before}${m.after === undefined ? '' : ` → ${m.after}`}`).join(', ');
    const thoughts = r.thoughts.map((thought) => html`<li>${thought}${thought === r.hotThought && r.thoughts.length > 1 ? html` <em>(${t('report-hot-thought')})</em>` : ''}</li>`);
    return html`<article class="card"><h3>${when(r.at)}</h3><dl>
<dt>${t('report-situation')}</dt><dd>${r.situation}</dd>
<dt>${t('report-moods')}</dt><dd>${moods}</dd>
<dt>${t('report-thoughts')}</dt><dd><ul>${thoughts}</ul></dd>
<dt>${t('report-traps')}</dt><dd>${r.thinkingTraps.length ? r.thinkingTraps.join(', ') : t('report-no-traps')}</dd>
<dt>${t('report-evidence-for')}</dt><dd>${r.evidenceFor}</dd>
<dt>${t('report-evidence-against')}</dt><dd>${r.evidenceAgainst}</dd>
<dt>${t('report-balanced')}</dt><dd>${r.balancedThought} ${t('report-belief', { percent: r.balancedBelief })}</dd>
</dl></article>`;
  });
  return html`<section><h2>${t('report-thought-title')}</h2>${records}</section>`;
}

function assessmentSection(data: ExportData, { t, when }: Lang): Markup {
  if (data.assessments.length === 0) return html`<section><h2>${t('report-assessment-title')}</h2><p>${t('report-no-assessments')}</p></section>`;
  const rows = data.assessments.map(
    (a) => html`<tr><td>${when(a.at)}</td><td>${a.instrument}</td><td class="num">${a.maxTotal === null ? t('report-score-only', { total: a.total }) : t('report-score', { total: a.total, max: a.maxTotal })}</td><td>${a.bandName}</td></tr>`,
  );
  return html`<section><h2>${t('report-assessment-title')}</h2><table><thead><tr>${ASSESSMENT_COLUMNS.map((id) => t(`report-column-${id}`)).map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function exerciseSection(data: ExportData, { t, when }: Lang): Markup {
  if (data.exercises.length === 0) return html`<section><h2>${t('report-exercise-title')}</h2><p>${t('report-no-exercises')}</p></section>`;
  const entries = data.exercises.map((e) => {
    const fields = Object.entries(e.content).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));
    return html`<article class="card"><h3>${e.exercise} · ${when(e.at)} <span class="muted">(${e.status === 'done' || e.status === 'open' ? t(`report-exercise-${e.status}`) : e.status})</span></h3><dl>${fields.map(
      ([field, value]) => html`<dt>${humanise(field)}</dt><dd>${valueText(value)}</dd>`,
    )}</dl></article>`;
  });
  return html`<section><h2>${t('report-exercise-title')}</h2>${entries}</section>`;
}

function homeworkSection(data: ExportData, { t, day }: Lang): Markup {
  if (data.homework.length === 0) return html`<section><h2>${t('report-homework-title')}</h2><p>${t('report-no-homework')}</p></section>`;
  const items = data.homework.map((h) => {
    const kind = HOMEWORK_KINDS.includes(h.kind) ? t(`report-homework-${h.kind}`) : (exerciseLabel(h.kind) ?? h.kind);
    const cadence = CADENCES.includes(h.cadence) ? t(`report-cadence-${h.cadence}`) : h.cadence;
    return html`<li><strong>${t('report-homework-line', { kind, cadence })}</strong> — ${day(h.assignedAt.slice(0, 10))}${h.instructions ? html`: ${h.instructions}` : ''}. <span class="muted">${t('report-homework-done', { count: h.completedOn.length })}${h.active ? '' : `, ${t('report-homework-ended')}`}</span></li>`;
  });
  return html`<section><h2>${t('report-homework-title')}</h2><ul>${items}</ul></section>`;
}

function partnerSection(data: ExportData, { t }: Lang): Markup {
  if (data.partnerships.length === 0) return html`<section><h2>${t('report-partner-title')}</h2><p>${t('report-no-partner')}</p></section>`;
  const items = data.partnerships.map((p) => html`<li>${t('report-partner-line', { you: p.you.nameYouChose, partner: p.partner.name, status: PARTNER_STATUSES.includes(p.status) ? t(`report-partner-${p.status}`) : p.status })}</li>`);
  return html`<section><h2>${t('report-partner-title')}</h2><ul>${items}</ul></section>`;
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
  const language = lang(storedLocale(data.person.language));
  const { t } = language;
  const prepared = t('report-prepared', { date: language.day(data.exportedAt.slice(0, 10)), zone: data.timezone });
  const body = html`<header><h1>${t('report-heading')}</h1>${data.person.displayName ? html`<p>${t('report-prepared-for', { name: data.person.displayName })}</p>` : ''}<p class="muted">${prepared}</p>
<p>${t('report-intro')}</p></header>
${await moodSection(data, now, drawChart, language)}
${thoughtSection(data, language)}
${assessmentSection(data, language)}
${exerciseSection(data, language)}
${homeworkSection(data, language)}
${partnerSection(data, language)}
<footer><p>${t('report-complete')}</p><p>${t('report-footer')}</p></footer>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(intlLocale(language.locale))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(t('report-document-title'))}</title>
<style>${STYLE}</style>
</head>
<body>
${body.value}
</body>
</html>
`;
}
