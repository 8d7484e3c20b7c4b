import type { Translate } from './i18n/index.js';
import { bold } from './messages.js';

/**
 * The core's general replies, composed from catalog messages (locales/<lang>/core.ftl). Kind,
 * short, never shaming. Each takes the person's translator (`FlowContext.t`).
 */

/** The crisis lines for where the person is, as a short clause (`CrisisResources.summary`, src/core/safety). */
interface CrisisSummary {
  summary: string;
}

/** The "not an emergency service" notice; with `resources`, it names the person's crisis lines. */
export function notAnEmergencyService(t: Translate, resources?: CrisisSummary): string {
  return resources ? t('not-an-emergency-service-lines', { lines: resources.summary }) : t('not-an-emergency-service');
}

export interface CommandHelp {
  command: string;
  description: string;
}

/** `/help`'s groups, by purpose (titles: `help-group-<id>`); a command in none of them is listed under "More". */
export const HELP_GROUPS: readonly { id: string; commands: readonly string[] }[] = [
  { id: 'reflect', commands: ['checkin', 'thought', 'assessment', 'history'] },
  { id: 'homework', commands: ['homework', 'exercise', 'safetyplan', 'triggers'] },
  { id: 'partner', commands: ['partner', 'cheer'] },
  { id: 'settings', commands: ['start', 'settings', 'language', 'pause', 'resume', 'snooze'] },
  { id: 'data', commands: ['helplines', 'help', 'export', 'delete'] },
];

/** `/help`, grouped by purpose; with `resources`, the notice names the person's crisis lines. */
export function helpText(t: Translate, commands: readonly CommandHelp[], resources?: CrisisSummary): string {
  const line = (c: CommandHelp) => `/${c.command} — ${c.description}`;
  const grouped = new Set(HELP_GROUPS.flatMap((group) => group.commands));
  const sections = [
    ...HELP_GROUPS.map((group) => ({ title: t(`help-group-${group.id}`), lines: group.commands.flatMap((name) => commands.filter((c) => c.command === name).map(line)) })),
    { title: t('help-group-more'), lines: commands.filter((c) => !grouped.has(c.command)).map(line) },
  ].filter((section) => section.lines.length > 0);
  return [
    bold(t('help-title')),
    ...sections.flatMap((section) => ['', bold(section.title), ...section.lines]),
    '',
    t('help-navigation'),
    notAnEmergencyService(t, resources),
  ].join('\n');
}
