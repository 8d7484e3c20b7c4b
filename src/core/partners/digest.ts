import { bold } from '../messages.js';
import type { ScheduleKind } from '../../scheduling/scheduler.js';
import { storedLocale, translator } from '../i18n/index.js';
import { partnerView, viewLine } from './sharing.js';

/** Local time of the daily partner digest (each receiver's own timezone). */
export const PARTNER_DIGEST_TIME = '21:00';

/**
 * The daily partner digest: what each active partner shared today, at the receiver's local time and
 * in the receiver's language. Nothing is sent when the receiver has no active partner any more.
 */
export const PARTNER_DIGEST_KIND: ScheduleKind = {
  kind: 'partner_digest',
  async message(repos, person, _schedule, _localDate, now) {
    const t = translator(storedLocale(person.locale));
    const partnerships = await repos.partners.listFor(person.id, ['active']);
    const lines: string[] = [];
    for (const partnership of partnerships) {
      const view = await partnerView(repos, partnership, person.id, now);
      if (view) lines.push(viewLine(view, t));
    }
    if (lines.length === 0) return null;
    return { text: [bold(t('partner-digest-title')), ...lines, '', t('partner-digest-cheer')].join('\n') };
  },
};
