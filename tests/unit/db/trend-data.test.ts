import { beforeEach, describe, expect, it } from 'vitest';
import * as layer from '../../../src/db';
import { db } from '../../../src/db';
import { planRange } from '../../../src/domain/plan-range';
import { checkinsFrom } from '../../../src/domain/trend-model';
import { DEFAULT_RANGE, rangeSpan, type RangeId, type Span } from '../../../src/domain/trends';
import type { Day } from '../../../src/domain/types';
import { loadTrendData } from '../../../src/features/trends/useTrendModel';
import { yearsOfJournal, type Journal } from '../../fixtures/journal';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

const TODAY = '2026-03-31';

/** loadTrendData as it was: the goals first, then (without a begun goal) the sessions, then the range's rows. */
async function reference(asked: RangeId | null, today: Day) {
  const goals = await layer.listGoals();
  const goalBegun = goals.some((g) => g.status === 'active' && g.startDay <= today);
  const plan = planRange(goals, goalBegun ? [] : await layer.sessionsBetween('0000-01-01', today), today);
  const range: RangeId =
    asked === null ? (plan?.source === 'goals' ? 'plan' : DEFAULT_RANGE) : asked === 'plan' && !plan ? '6w' : asked;
  const known: Span | null =
    range === 'plan' && plan
      ? { from: plan.from, to: today }
      : range === 'all' || range === 'plan'
        ? null
        : rangeSpan(range, today);
  const [checkins, sessions, activities, measures, counted, treatments] = await Promise.all([
    known ? layer.checkinsBetween(checkinsFrom(known), today) : layer.checkinsUpTo(today),
    layer.sessionsBetween(known ? known.from : '0000-01-01', today),
    layer.listActivities(),
    layer.listMeasures(),
    known ? layer.countCheckins() : null,
    layer.treatmentsBetween(known ? known.from : '0000-01-01', today),
  ]);
  let first: Day | null = null;
  for (const c of checkins) if (first === null || c.day < first) first = c.day;
  const span = known ?? rangeSpan('all', today, first);
  return {
    span,
    checkins,
    sessions: known ? sessions : sessions.filter((s) => s.day >= span.from),
    goals,
    activities,
    measures,
    treatments: treatments.filter((t) => t.day >= span.from),
    total: counted ?? checkins.length,
    asked,
    range,
    plan,
  };
}

async function store(journal: Journal) {
  await db.activities.bulkPut(journal.activities);
  await db.measures.bulkPut(journal.measures);
  await db.checkins.bulkPut(journal.checkins);
  await db.sessions.bulkPut(journal.sessions);
  await db.goals.bulkPut(journal.goals);
  await db.treatments.bulkPut(journal.treatments);
}

describe('loadTrendData', () => {
  it('reads what it read before for every range, with goals begun and without any', async () => {
    const journal = yearsOfJournal(2, TODAY, { treatments: true });
    for (const goals of [journal.goals, []]) {
      await freshDatabase();
      await store({ ...journal, goals });
      for (const asked of ['2w', '6w', '3m', '1y', 'all', 'plan', null] as const) {
        const data = await loadTrendData(layer, asked, TODAY);
        expect(data, `${asked} with ${goals.length} goals`).toEqual(await reference(asked, TODAY));
        expect(data.checkins.length).toBeGreaterThan(0);
      }
    }
  });
});
