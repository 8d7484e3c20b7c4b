import { describe, expect, it } from 'vitest';
import { parse, Visitor, type Message, type Pattern, type Resource } from '@fluent/syntax';
import { catalogSources, SUPPORTED_LOCALES, THERAPIST_AREA, therapistLocales, type Locale } from '../../src/core/i18n/index.js';

/**
 * The catalogs (locales/<lang>/*.ftl): every language has every message of English, with the
 * same variables, and nothing English does not have (besides `gram-…` helpers, the grammatical
 * forms a language needs: "den Check-in", "del registro diario"). The therapist side's areas
 * (`therapist-*.ftl`, rendered in the practice's THERAPIST_LOCALE) are shipped by a language all
 * or none; a language that ships them has every English message of them.
 */

/** Variables only for a language's grammar (which flow, which country, what was sent): a catalog may use them or not. */
const GRAMMAR_VARIABLES = new Set(['flow', 'country', 'kind']);
const HELPER = /^gram-/;

class References extends Visitor {
  variables = new Set<string>();
  messages = new Set<string>();
  override visitVariableReference(node: { id: { name: string } }): void {
    this.variables.add(node.id.name);
  }
  override visitMessageReference(node: { id: { name: string } }): void {
    this.messages.add(node.id.name);
  }
}

interface Catalog {
  messages: Map<string, { value: Pattern | null; area: string }>;
  junk: string[];
}

function load(locale: Locale): Catalog {
  const messages = new Map<string, { value: Pattern | null; area: string }>();
  const junk: string[] = [];
  for (const [area, source] of catalogSources(locale)) {
    const resource: Resource = parse(source, { withSpans: false });
    for (const entry of resource.body) {
      if (entry.type === 'Junk') junk.push(`${locale}/${area}.ftl: ${entry.content.slice(0, 80)}`);
      if (entry.type !== 'Message') continue;
      const message = entry as Message;
      if (messages.has(message.id.name)) junk.push(`${locale}/${area}.ftl: ${message.id.name} defined twice`);
      messages.set(message.id.name, { value: message.value, area });
    }
  }
  return { messages, junk };
}

/** A message's variables, through the helper messages it references (which share its variables). */
function variablesOf(catalog: Catalog, id: string, seen = new Set<string>()): Set<string> {
  const entry = catalog.messages.get(id);
  if (!entry?.value || seen.has(id)) return new Set();
  seen.add(id);
  const visitor = new References();
  visitor.visit(entry.value);
  const all = new Set(visitor.variables);
  for (const referenced of visitor.messages) for (const variable of variablesOf(catalog, referenced, seen)) all.add(variable);
  return all;
}

const meaningful = (variables: Set<string>) => [...variables].filter((name) => !GRAMMAR_VARIABLES.has(name)).sort();

const catalogs = new Map(SUPPORTED_LOCALES.map((locale) => [locale, load(locale)]));
const english = catalogs.get('en')!;

describe('message catalogs', () => {
  it('parse without errors, each id once', () => {
    for (const catalog of catalogs.values()) expect(catalog.junk).toEqual([]);
    expect(english.messages.size).toBeGreaterThan(200);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s has every English message, in the same file, and no others', (locale) => {
    const catalog = catalogs.get(locale)!;
    const therapistSide = [...catalog.messages.values()].some(({ area }) => THERAPIST_AREA.test(area));
    const missing = [...english.messages]
      .filter(([id, { area }]) => !catalog.messages.has(id) && (therapistSide || !THERAPIST_AREA.test(area)))
      .map(([id]) => id);
    const extra = [...catalog.messages.keys()].filter((id) => !english.messages.has(id) && !HELPER.test(id));
    const elsewhere = [...english.messages].filter(([id, { area }]) => catalog.messages.has(id) && catalog.messages.get(id)!.area !== area).map(([id]) => id);
    expect({ missing, extra, elsewhere }).toEqual({ missing: [], extra: [], elsewhere: [] });
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s uses the same variables as English in every message', (locale) => {
    const catalog = catalogs.get(locale)!;
    const different = [...english.messages.keys()]
      .filter((id) => !HELPER.test(id) && catalog.messages.has(id))
      .map((id) => ({ id, en: meaningful(variablesOf(english, id)), [locale]: meaningful(variablesOf(catalog, id)) }))
      .filter((row) => JSON.stringify(row.en) !== JSON.stringify(row[locale]));
    expect(different).toEqual([]);
  });

  it('states the register in each file’s header (the therapist side’s: professional, formal address)', () => {
    const registers: Record<Locale, RegExp> = { en: /Register: warm/, es: /Registro: tú/, de: /Anrede: du/ };
    const therapistRegisters: Record<Locale, RegExp> = { en: /Register: professional/, es: /Registro: usted/, de: /Anrede: Sie/ };
    for (const locale of SUPPORTED_LOCALES) {
      for (const [area, source] of catalogSources(locale)) {
        expect(`${locale}/${area}: ${source.split('\n').slice(0, 4).join(' ')}`).toMatch((THERAPIST_AREA.test(area) ? therapistRegisters : registers)[locale]);
      }
    }
  });

  it('ships the therapist side whole or not at all in each language (English always)', () => {
    const englishAreas = [...catalogSources('en').keys()].filter((area) => THERAPIST_AREA.test(area));
    expect(englishAreas.length).toBeGreaterThan(0);
    expect(therapistLocales()).toContain('en');
    for (const locale of SUPPORTED_LOCALES) {
      const areas = [...catalogSources(locale).keys()].filter((area) => THERAPIST_AREA.test(area));
      expect(areas.length === 0 || areas.length === englishAreas.length, `${locale}: ${areas.join(', ')}`).toBe(true);
      expect(therapistLocales().includes(locale)).toBe(areas.length === englishAreas.length);
    }
  });

  it('finds a catch-all variant in every select, so no value can leave a message empty', () => {
    for (const [locale, catalog] of catalogs) {
      for (const [id, { value }] of catalog.messages) {
        const selects: string[] = [];
        new (class extends Visitor {
          override visitSelectExpression(node: { variants: { default: boolean }[] }): void {
            if (!node.variants.some((variant) => variant.default)) selects.push(`${locale}:${id}`);
            this.genericVisit(node as never);
          }
        })().visit(value!);
        expect(selects).toEqual([]);
      }
    }
  });
});
