// The journal as a FHIR R4 Bundle of type "collection", for a clinic's record: built offline, from plain rows.
// Pure: no DOM, no Dexie. Codes are used only where verified — LOINC 72514-3 for the 0–10 pain score; everything
// else is named in `code.text`. No identifiers are invented: each resource's fullUrl is a urn:uuid (the row's own id
// where there is one), and a Patient is included only with the name the person typed for the report.
import { AFTERCARE, PRESSURES, REGIONS, TECHNIQUES, labelOf } from '../catalog';
import { INSTRUMENTS } from '../questionnaires/catalogue';
import { plural, sentence } from '../sentence';
import type { Activity, Checkin, Day, Goal, Instant, Measure, QuestionnaireResponse, Session } from '../types';

/** LOINC 72514-3, as given in the brief and published by LOINC. */
export const PAIN_LOINC = {
  system: 'http://loinc.org',
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
} as const;

/** Everything an export holds, and for which days. */
export interface FhirInput {
  from: Day;
  to: Day;
  checkins: readonly Checkin[];
  sessions: readonly Session[];
  goals: readonly Goal[];
  questionnaires: readonly QuestionnaireResponse[];
  activities: readonly Activity[];
  measures: readonly Measure[];
  /** The name typed for the report, or '' for none (then there is no Patient resource). */
  name: string;
  /** When the file is made. */
  now: Instant;
  /** A fresh UUID (for the Bundle and the Patient, which have no stored id). */
  newId: () => string;
}

type Json = Record<string, unknown>;
type Entry = { fullUrl: string; resource: Json };

const urn = (id: string) => `urn:uuid:${id}`;

/** The Bundle: a Patient (when named), then per check-in, session, goal and questionnaire answer in the range. */
export function buildFhirBundle(input: FhirInput): Json {
  const inRange = (day: Day) => day >= input.from && day <= input.to;
  const entries: Entry[] = [];
  const name = input.name.trim();
  let subject: Json;
  if (name) {
    const patientId = input.newId();
    entries.push({ fullUrl: urn(patientId), resource: { resourceType: 'Patient', name: [{ text: name }] } });
    subject = { reference: urn(patientId), display: name };
  } else {
    subject = { display: 'The person who kept this pain journal (no name given)' };
  }
  const byTime = <T extends { at: Instant }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.at < b.at ? -1 : 1));
  for (const c of byTime(input.checkins.filter((c) => inRange(c.day)))) entries.push(painObservation(c, subject));
  for (const s of byTime(input.sessions.filter((s) => inRange(s.day)))) entries.push(sessionProcedure(s, subject));
  for (const q of byTime(input.questionnaires.filter((q) => inRange(q.day))))
    entries.push(...(q.instrument === 'peg' ? [pegObservation(q, subject)] : rmdqResources(q, subject)));
  const overlaps = (g: Goal) => g.startDay <= input.to && g.dueDay >= input.from;
  for (const g of input.goals.filter(overlaps)) entries.push(goalResource(g, subject, input));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: input.now,
    meta: { lastUpdated: input.now },
    entry: entries,
  };
}

function painObservation(c: Checkin, subject: Json): Entry {
  const resource: Json = {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ ...PAIN_LOINC }], text: 'Pain right now, 0 (no pain) to 10 (worst imaginable)' },
    subject,
    effectiveDateTime: c.at,
    issued: c.createdAt,
    valueInteger: c.pain,
  };
  if (c.regions.length)
    resource.component = c.regions.map((r) => ({
      code: { text: `Pain in ${labelOf(REGIONS, r.region)}, 0–10 (no code: a body-site pain score)` },
      valueInteger: r.pain,
    }));
  if (c.note) resource.note = [{ text: c.note }];
  return { fullUrl: urn(c.id), resource };
}

function sessionProcedure(s: Session, subject: Json): Entry {
  const techniques = s.techniques.map((t) => labelOf(TECHNIQUES, t));
  const lines = [
    techniques.length ? `Techniques: ${techniques.join(', ')}.` : '',
    s.pressure ? `Pressure: ${labelOf(PRESSURES, s.pressure).toLowerCase()}.` : '',
    s.durationMin !== null ? `Duration: ${plural(s.durationMin, 'minute')}.` : '',
    s.areas.length ? `Areas worked: ${s.areas.map((a) => labelOf(REGIONS, a)).join(', ')}.` : '',
    s.painBefore !== null || s.painAfter !== null
      ? `Pain (0–10) before ${s.painBefore ?? 'not recorded'}, after ${s.painAfter ?? 'not recorded'}.`
      : '',
    s.soreness24 !== null || s.soreness48 !== null
      ? `Soreness (0–10) after 24 h ${s.soreness24 ?? 'not recorded'}, after 48 h ${s.soreness48 ?? 'not recorded'}.`
      : '',
    s.aftercare.length
      ? sentence(
          `Aftercare given: ${s.aftercare
            .map((a) => (a === 'other' && s.aftercareOther ? s.aftercareOther : labelOf(AFTERCARE, a)))
            .join(', ')}`,
        )
      : '',
    s.note,
  ].filter(Boolean);
  const resource: Json = {
    resourceType: 'Procedure',
    status: 'completed',
    code: { text: techniques.length ? `Massage therapy: ${techniques.join(', ')}` : 'Massage therapy session' },
    subject,
    performedDateTime: s.at,
  };
  if (s.provider) resource.performer = [{ actor: { display: s.provider } }];
  if (s.areas.length) resource.bodySite = s.areas.map((a) => ({ text: labelOf(REGIONS, a) }));
  if (lines.length) resource.note = lines.map((text) => ({ text }));
  return { fullUrl: urn(s.id), resource };
}

function pegObservation(q: QuestionnaireResponse, subject: Json): Entry {
  const peg = INSTRUMENTS.peg;
  return {
    fullUrl: urn(q.id),
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: { text: `${peg.name} score, the mean of three 0–10 items over the past week (${peg.source.short})` },
      subject,
      effectiveDateTime: q.at,
      issued: q.createdAt,
      valueQuantity: { value: q.score, unit: 'score (0–10)' },
      component: peg.items.map((item, i) => ({ code: { text: item.text }, valueInteger: q.answers[i] })),
      note: [{ text: `Week from ${q.week}. Version ${q.version}.` }],
    },
  };
}

function rmdqResources(q: QuestionnaireResponse, subject: Json): Entry[] {
  const rmdq = INSTRUMENTS.rmdq24;
  const responseUrl = urn(q.id);
  const scoreId = scoreUuid(q.id);
  return [
    {
      fullUrl: responseUrl,
      resource: {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        subject,
        authored: q.at,
        item: rmdq.items.map((item, i) => ({
          linkId: String(i + 1),
          text: item.text,
          answer: [{ valueBoolean: q.answers[i] === 1 }],
        })),
      },
    },
    {
      fullUrl: urn(scoreId),
      resource: {
        resourceType: 'Observation',
        status: 'final',
        code: { text: `${rmdq.name} score, statements ticked 0–24 (${rmdq.source.short})` },
        subject,
        effectiveDateTime: q.at,
        issued: q.createdAt,
        valueInteger: q.score,
        derivedFrom: [{ reference: responseUrl }],
      },
    },
  ];
}

/** A stable UUID for the score Observation of a Roland-Morris answer, derived from the answer's own id. */
export function scoreUuid(id: string): string {
  // The first eight hex digits inverted: still a UUID, never the answer's own id, the same on every export.
  const head = (0xffffffff ^ Number.parseInt(id.slice(0, 8), 16)) >>> 0;
  return head.toString(16).padStart(8, '0') + id.slice(8);
}

const GOAL_STATUS: Record<Goal['status'], string> = { active: 'active', achieved: 'completed', archived: 'cancelled' };

function goalResource(g: Goal, subject: Json, input: FhirInput): Entry {
  const what =
    g.kind === 'pain'
      ? 'Overall pain (0–10)'
      : g.kind === 'region'
        ? `Pain in ${labelOf(REGIONS, g.ref ?? '')} (0–10)`
        : g.kind === 'activity'
          ? `${input.activities.find((a) => a.id === g.ref)?.name ?? 'An activity'} (ability 0–10, PSFS)`
          : (() => {
              const m = input.measures.find((x) => x.id === g.ref);
              return m ? `${m.name}${m.unit ? ` (${m.unit})` : ''}, ${m.better} is better` : 'A measure';
            })();
  const unit = g.kind === 'measure' ? (input.measures.find((x) => x.id === g.ref)?.unit ?? '') : '';
  const resource: Json = {
    resourceType: 'Goal',
    lifecycleStatus: GOAL_STATUS[g.status],
    description: { text: `${what}: from ${g.baseline} to ${g.target} by ${g.dueDay}` },
    subject,
    startDate: g.startDay,
    target: [
      {
        measure: { text: what },
        detailQuantity: unit ? { value: g.target, unit } : { value: g.target },
        dueDate: g.dueDay,
      },
    ],
    note: [{ text: `Baseline ${g.baseline}${unit ? ` ${unit}` : ''} on ${g.startDay}.` }],
  };
  if (g.status === 'achieved') resource.achievementStatus = { text: 'Achieved' };
  if (g.statusAt) resource.statusDate = g.statusAt.slice(0, 10);
  return { fullUrl: urn(g.id), resource };
}

/** The file name for an export made on `day`. */
export function fhirFileName(day: Day): string {
  return `pain-journal-fhir-${day}.json`;
}
