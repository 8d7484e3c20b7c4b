import type { Repositories, TxRepositories } from '../../db/store.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import type { InboundEvent } from '../events.js';
import type { Choice, OutboundMessage } from '../messages.js';
import { bold } from '../messages.js';
import { storedLocale, translate, type RenderLocale } from '../i18n/index.js';
import { CRISIS_DETECTOR_VERSION, detectCrisis } from './crisis-detector.js';
import { resolveCrisisResources, type CrisisResources } from './crisis-resources.js';
import type { RiskLevel, ScreeningContext } from './crisis-types.js';

export interface SafetyContext {
  event: InboundEvent;
  now: Date;
  repos: TxRepositories;
  person: PersonRecord | null;
  /** The language to answer in; default: the person's stored one (English without a person). */
  locale?: RenderLocale;
  reply(message: OutboundMessage | string): void;
}

/** Severities that get the crisis response (a `low` flag is only recorded). */
export type RiskSeverity = 'high' | 'medium';

/** A risk flag just recorded, as the therapist side needs it to alert. */
export interface NewRiskFlag {
  id: string;
  personId: string;
  source: string;
  severity: RiskSeverity;
  matched: string[];
  at: Date;
}

/**
 * What the safety response needs from elsewhere, injected so the crisis path loads nothing else
 * (no therapist workspace, no chart renderer, no exercise library).
 */
export interface SafetyDependencies {
  /** Region whose crisis lines are shown (CRISIS_REGION). */
  region: string;
  /** Enqueues the urgent alerts for a new flag; resolves to how many therapists were alerted. */
  alertTherapists?(repos: TxRepositories, flag: NewRiskFlag): Promise<number>;
  /** The person's own safety plan lines (steps 2–5) to show beside the crisis lines, under this module's heading. */
  ownPlan?(repos: Repositories, personId: string, locale: RenderLocale): Promise<string[]>;
}

/** What screening a message led to. */
export type ScreenOutcome = 'crisis' | 'low' | 'none';

export interface ScreenOptions {
  /** Where the text was written (see ScreeningContext). */
  screening?: ScreeningContext;
  /** Choices offered with the crisis response (continue / stop for now / show my plan), worked out only when needed. */
  choices?: Choice[] | (() => Promise<Choice[]>);
}

/**
 * The safety response. Screens typed text for crisis language and, on a match (or a risk answer in
 * a questionnaire), at once: replies with crisis resources (urgent lane), records a RiskFlag (ids
 * and categories, never the text), and alerts each linked therapist. Resolved, historical and
 * third-party mentions and denials are recorded as `low` for the therapist's summary, with no
 * crisis response and no alert.
 */
export class SafetyService {
  constructor(private readonly dependencies: SafetyDependencies) {}

  /** Screens `text` and responds as its level requires. */
  async screen(text: string, source: string, context: SafetyContext, options: ScreenOptions = {}): Promise<ScreenOutcome> {
    const assessment = detectCrisis(text, { context: options.screening ?? 'free_text' });
    if (!assessment.level) return 'none';
    if (assessment.level === 'low') {
      await this.record(context, { source, level: 'low', matched: assessment.matched });
      return 'low';
    }
    const choices = typeof options.choices === 'function' ? await options.choices() : options.choices;
    await this.respond(context, { source, severity: assessment.level, matched: assessment.matched, ...(choices && { choices }) });
    return 'crisis';
  }

  /** The crisis response: resources now, a RiskFlag, urgent therapist alerts. */
  async respond(context: SafetyContext, risk: { source: string; severity: RiskSeverity; matched: string[]; choices?: Choice[] }): Promise<void> {
    const { repos, person } = context;
    const therapistsAlerted = await this.record(context, { source: risk.source, level: risk.severity, matched: risk.matched });
    // The client's own safety plan (steps 2–5) beside the crisis lines; never a reason to say nothing.
    const locale = context.locale ?? storedLocale(person?.locale);
    const ownPlan = person && this.dependencies.ownPlan ? await this.dependencies.ownPlan(repos, person.id, locale).catch(() => []) : [];
    context.reply({ text: this.crisisMessage(therapistsAlerted > 0, ownPlan, person, locale), urgent: true, ...(risk.choices?.length && { choices: risk.choices }) });
  }

  /** Records a RiskFlag (and, for high and medium, alerts therapists). Resolves to how many were alerted. */
  private async record(context: SafetyContext, risk: { source: string; level: RiskLevel; matched: string[] }): Promise<number> {
    const { repos, person, now } = context;
    if (!person) return 0;
    const flag = await repos.risk.create({ personId: person.id, source: risk.source, severity: risk.level, matched: risk.matched, detectorVersion: CRISIS_DETECTOR_VERSION, at: now });
    let therapistsAlerted = 0;
    if (risk.level !== 'low' && this.dependencies.alertTherapists) {
      therapistsAlerted = await this.dependencies.alertTherapists(repos, { id: flag.id, personId: person.id, source: risk.source, severity: risk.level, matched: risk.matched, at: now });
    }
    await repos.audit.record(
      { actor: 'system', action: risk.level === 'low' ? 'risk.noted' : 'risk.flagged', subjectPersonId: person.id, detail: { flagId: flag.id, source: risk.source, severity: risk.level, therapistsAlerted } },
      now,
    );
    return therapistsAlerted;
  }

  /** Crisis lines for `person`: their country's (chosen, else their timezone's), else the practice region's, else the neutral fallback. */
  resourcesFor(person: Pick<PersonRecord, 'country' | 'timezone'> | null, locale: RenderLocale = 'en'): CrisisResources {
    return resolveCrisisResources(person, this.dependencies.region, locale);
  }

  /**
   * `ownPlan`: lines of the client's safety plan to show after the crisis lines (none by default);
   * `person`: whose place picks the lines (none: the practice region's); `locale`: the language
   * (the sentences are `crisis-…` in locales/<lang>/safety.ftl).
   */
  crisisMessage(therapistAlerted: boolean, ownPlan: string[] = [], person: Pick<PersonRecord, 'country' | 'timezone'> | null = null, locale: RenderLocale = 'en'): string {
    const resources = this.resourcesFor(person, locale);
    const t = (id: string) => translate(locale, id);
    return [
      bold(t('crisis-opening')),
      t('crisis-acknowledge'),
      '',
      ...resources.lines.map((line) => `• ${line}`),
      '',
      ...(ownPlan.length > 0 ? [bold(t('crisis-own-plan-heading')), ...ownPlan, ''] : []),
      t(therapistAlerted ? 'crisis-not-monitored-therapist-told' : 'crisis-not-monitored'),
      t('crisis-carry-on-or-stop'),
    ].join('\n');
  }
}
