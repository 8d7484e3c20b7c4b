import type { Repositories } from '../../db/store.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import type { InboundEvent } from '../events.js';
import { bold, esc, type OutboundMessage } from '../messages.js';
import { CRISIS_DETECTOR_VERSION, detectCrisis } from './crisis-detector.js';
import { INTERNATIONAL_DIRECTORY, resourcesFor } from './crisis-resources.js';

export interface SafetyContext {
  event: InboundEvent;
  now: Date;
  repos: Repositories;
  person: PersonRecord | null;
  reply(message: OutboundMessage | string): void;
}

export type RiskSeverity = 'high' | 'medium';

/**
 * The safety response. Screens free text for crisis language and, on a match (or a risk answer in
 * a questionnaire), at once: replies with crisis resources (urgent lane), records a RiskFlag (never
 * the text), and enqueues an urgent alert for each linked therapist. Never blocks the person: the
 * conversation carries on where it was.
 */
export class SafetyService {
  constructor(private readonly options: { region: string }) {}

  /** Screens `text`; responds when it holds crisis language. Returns whether it did. */
  async screen(text: string, source: string, context: SafetyContext): Promise<boolean> {
    const assessment = detectCrisis(text);
    if (!assessment.detected) return false;
    await this.respond(context, { source, severity: assessment.severity ?? 'medium', matched: assessment.matched });
    return true;
  }

  async respond(context: SafetyContext, risk: { source: string; severity: RiskSeverity; matched: string[] }): Promise<void> {
    const { repos, person, now } = context;
    let therapistsAlerted = 0;
    if (person) {
      const flag = await repos.risk.create({
        personId: person.id,
        source: risk.source,
        severity: risk.severity,
        matched: risk.matched,
        detectorVersion: CRISIS_DETECTOR_VERSION,
        at: now,
      });
      for (const link of await repos.care.activeLinksOfClient(person.id)) {
        const addresses = await repos.people.addressesOf(link.therapistId);
        const address = addresses.find((a) => a.startsWith('slack:')) ?? addresses[0];
        if (!address) continue;
        await repos.outbox.enqueue({
          idempotencyKey: `risk-alert:${flag.id}:${link.therapistId}`,
          address,
          message: riskAlertMessage(link.alias, risk.source, risk.severity, now),
          dueAt: now,
        });
        therapistsAlerted++;
      }
      await repos.audit.record(
        { actor: 'system', action: 'risk.flagged', subjectPersonId: person.id, detail: { flagId: flag.id, source: risk.source, severity: risk.severity, therapistsAlerted } },
        now,
      );
    }
    context.reply({ text: this.crisisMessage(therapistsAlerted > 0), urgent: true });
  }

  crisisMessage(therapistAlerted: boolean): string {
    const resources = resourcesFor(this.options.region);
    return [
      bold('I’m really glad you told me.'),
      'It sounds like you may be going through something very painful right now. You deserve support, and you don’t have to carry this alone.',
      '',
      ...resources.lines.map((line) => `• ${line}`),
      `• ${INTERNATIONAL_DIRECTORY}`,
      '',
      'Between is not an emergency service, and nobody reads this chat in real time.' +
        (therapistAlerted ? ' I’ve let your therapist know, so they can reach out.' : ''),
      'When you’re ready, we can carry on where we were — or stop here, that’s okay too.',
    ].join('\n');
  }
}

function riskAlertMessage(alias: string | null, source: string, severity: RiskSeverity, at: Date): OutboundMessage {
  return {
    urgent: true,
    text: [
      bold(`Urgent: possible risk — ${esc(alias ?? 'a client')}`),
      `Source: ${source} · severity: ${severity} · ${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
      'The client was shown crisis resources. Please follow your practice’s risk protocol.',
    ].join('\n'),
  };
}
