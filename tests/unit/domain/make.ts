// Builders for domain tests: complete records with only the fields a test cares about spelled out.
import type { Checkin, Goal, Session } from '../../../src/domain/types';

let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const STAMP = '2026-01-01T00:00:00.000Z';

/** A check-in on `day` at local noon (UTC in tests), overall pain `pain`. */
export function checkin(day: string, pain: number, extra: Partial<Checkin> = {}): Checkin {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    at: `${day}T12:00:00.000Z`,
    day,
    pain,
    regions: [],
    qualities: [],
    mobility: {},
    measures: {},
    note: '',
    sleepQuality: null,
    sleepHours: null,
    stress: null,
    tags: [],
    ...extra,
  };
}

/** A session on `day`, nothing answered yet. */
export function session(day: string, extra: Partial<Session> = {}): Session {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    at: `${day}T15:00:00.000Z`,
    day,
    provider: '',
    techniques: [],
    pressure: null,
    durationMin: null,
    areas: [],
    painBefore: null,
    painAfter: null,
    soreness24: null,
    soreness48: null,
    aftercare: [],
    aftercareOther: '',
    aftercareDone: [],
    note: '',
    nextAppointment: null,
    ...extra,
  };
}

/** An active overall-pain goal; override what the test is about. */
export function goal(extra: Partial<Goal> = {}): Goal {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'pain',
    ref: null,
    baseline: 7,
    target: 3,
    targetPercent: null,
    startDay: '2026-01-01',
    dueDay: '2026-02-12',
    status: 'active',
    statusAt: null,
    ...extra,
  };
}
