import { DEFAULT_LOCALE, intlLocale, therapistLocale, translate, tt, type RenderLocale } from '../i18n/index.js';
import { dayLabel, shortDayLabel } from '../time.js';

/** What a mood chart says: its title, the day under each point, and its alt text. */
export interface ChartText {
  title: string;
  /** One per day, in order. */
  dayLabels: string[];
  alt: string;
}

/** A day of the chart (`MoodChartDay`): the mean mood of its check-ins, or null. */
interface ChartDay {
  localDate: string;
  mood: number | null;
}

/** The words of a chart for a person: its title, in their language (locales/<lang>/commands.ftl). */
export interface ChartWords {
  title: string;
  locale: RenderLocale;
}


/**
 * Everything a mood chart says, worked out in this thread (the worker only draws): the title, the
 * day under each point and the numbers in words for screen readers and chats without images — in
 * the reader's language (`words`), or without it the practice's THERAPIST_LOCALE. Dates through Intl in
 * that language ("lun, 7 dic", "Mo., 7. Dez."); a mean mood of 6.5 is "6,5" in Spanish and German.
 */
export function chartText(days: readonly ChartDay[], words?: ChartWords): ChartText {
  if (!words) {
    // The therapist's chart, in the practice's THERAPIST_LOCALE; in English, with the short dates
    // summaries have always used ("Mon 2 Mar").
    const title = tt('therapist-chart-title');
    if (therapistLocale() !== DEFAULT_LOCALE) return chartText(days, { title, locale: therapistLocale() });
    const dayLabels = days.map((day) => shortDayLabel(day.localDate));
    const parts = days.map((day, index) => translate(DEFAULT_LOCALE, 'commands-chart-alt-day', { day: dayLabels[index]!, mood: day.mood === null ? 'none' : String(day.mood) }));
    return { title, dayLabels, alt: translate(DEFAULT_LOCALE, 'commands-chart-alt', { title, days: parts.join(', ') }) };
  }
  const { title, locale } = words;
  const dayLabels = days.map((day) => dayLabel(day.localDate, locale));
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
  const parts = days.map((day, index) => translate(locale, 'commands-chart-alt-day', { day: dayLabels[index]!, mood: day.mood === null ? 'none' : number.format(day.mood) }));
  // Days written with a comma ("lun, 7 dic") are told apart by semicolons.
  const separator = dayLabels.some((label) => label.includes(',')) ? '; ' : ', ';
  return { title, dayLabels, alt: translate(locale, 'commands-chart-alt', { title, days: parts.join(separator) }) };
}
