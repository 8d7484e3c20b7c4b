import type { Repositories } from '../../db/store.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import type { InboundEvent } from '../events.js';
import { bold, type OutboundMessage } from '../messages.js';
import { alertAddressOf, riskAlertMessage } from '../therapists/risk-alert.js';
import { safetyPlanCrisisLines } from '../exercises/safety-plan.js';
import { CRISIS_DETECTOR_VERSION, detectCrisis } from './crisis-detector.js';
import { resolveCrisisResources, type CrisisResources } from './crisis-resources.js';

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
        const address = await alertAddressOf(repos, link.therapistId);
        if (!address) continue;
        await repos.outbox.enqueue({
          idempotencyKey: `risk-alert:${flag.id}:${link.therapistId}`,
          address,
          message: riskAlertMessage({ alias: link.alias, flagId: flag.id, linkId: link.id, source: risk.source, severity: risk.severity, raisedAt: now }),
          dueAt: now,
        });
        therapistsAlerted++;
      }
      // Unacknowledged alerts are re-sent from here (RiskRealertJob).
      if (therapistsAlerted > 0) await repos.careTeam.markAlerted(flag.id, now);
      await repos.audit.record(
        { actor: 'system', action: 'risk.flagged', subjectPersonId: person.id, detail: { flagId: flag.id, source: risk.source, severity: risk.severity, therapistsAlerted } },
        now,
      );
    }
    // The client's own safety plan (steps 2–5) beside the crisis lines; never a reason to say nothing.
    const ownPlan = person ? await safetyPlanCrisisLines(repos, person.id).catch(() => []) : [];
    context.reply({ text: this.crisisMessage(therapistsAlerted > 0, ownPlan, person), urgent: true });
  }

  /** Crisis lines for `person`: their country's (chosen, else their timezone's), else the practice region's, else the neutral fallback. */
  resourcesFor(person: Pick<PersonRecord, 'country' | 'timezone'> | null): CrisisResources {
    return resolveCrisisResources(person, this.options.region);
  }

  /**
   * `ownPlan`: lines of the client's safety plan to show after the crisis lines (none by default);
   * `person`: whose place picks the lines (none: the practice region's).
   */
  crisisMessage(therapistAlerted: boolean, ownPlan: string[] = [], person: Pick<PersonRecord, 'country' | 'timezone'> | null = null): string {
    const resources = this.resourcesFor(person);
    return [
      bold('I’m really glad you told me.'),
      'It sounds like you may be going through something very painful right now. You deserve support, and you don’t have to carry this alone.',
      '',
      ...resources.lines.map((line) => `• ${line}`),
      '',
      ...(ownPlan.length > 0 ? [...ownPlan, ''] : []),
      'Between is not an emergency service, and nobody reads this chat in real time.' +
        (therapistAlerted ? ' I’ve let your therapist know, so they can reach out.' : ''),
      'When you’re ready, we can carry on where we were — or stop here, that’s okay too.',
    ].join('\n');
  }
}
