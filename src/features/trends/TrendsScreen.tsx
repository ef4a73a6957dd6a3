// Trends: its own lazy chunk, with Chart.js in it (never in the first load). Pick a range; read the summary; see
// pain, mobility and measures over time; share a picture or open the one-page report for the therapist.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { parseRange, rangeLabel, type RangeId } from '../../domain/trends';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { AdherenceCard } from './AdherenceCard';
import { HelpedCard } from './HelpedCard';
import { LazyQuestionnairePanel } from './LazyQuestionnairePanel';
import { lazyPart } from '../../ui/lazy-part';
import { MeasurePanel } from './MeasurePanel';
import { MobilityPanel } from './MobilityPanel';
import { PainPanel } from './PainPanel';
import { RangePicker } from './RangePicker';
import { sinceDay } from './range-text';
import { ShareButton } from './ShareButton';
import { goalStatuses } from './summary-text';
import { TrendSummaryCard } from './TrendSummaryCard';
import { useTrendModel } from './useTrendModel';
import './trends.css';

// Sleep, stress and tags against pain: its own chunk, loaded once Trends has drawn.
const FactorsPanel = lazyPart('Factors panel', () => import('../factors/FactorsPanel').then((m) => m.default));

/** Trends over 2 weeks to all time. The range lives in `?range=`, so a reload or a shared link keeps it. */
export default function TrendsScreen({ query }: RouteProps) {
  const [range, setRange] = useState<RangeId>(() => parseRange(query.get('range')));
  // A link to another range (Back, a shared address) while this screen stays open.
  const asked = query.get('range');
  useEffect(() => {
    if (asked !== null) setRange(parseRange(asked));
  }, [asked]);
  const today = localDay();
  const loaded = useTrendModel(range, today);
  const goals = useMemo(
    () =>
      loaded
        ? goalStatuses(loaded.data.goals, loaded.data.checkins, loaded.data.activities, loaded.data.measures, today)
        : [],
    [loaded, today],
  );

  const choose = (next: RangeId) => {
    setRange(next);
    // Replace, not push: Back should leave Trends, not step through every range tried.
    history.replaceState(history.state, '', `/trends?range=${next}`);
  };

  if (loaded && loaded.data.total === 0) {
    return (
      <Screen title="Trends">
        <EmptyState title="No trend yet" action={{ href: '/checkin', label: 'Log pain now' }}>
          <p>
            After a few check-ins, your pain and mobility over time will show here, ready to share with your therapist.
          </p>
        </EmptyState>
      </Screen>
    );
  }

  const model = loaded?.model;
  // The range shown: the plan's range asked for with no plan shows six weeks, and the picker says so.
  // Until the data for a new choice arrives, the choice itself is shown (a radio must not jump back).
  const shown = loaded && loaded.data.asked === range ? loaded.data.range : range;
  return (
    <Screen title="Trends" class="trends">
      <RangePicker
        value={shown}
        onChange={choose}
        plan={loaded?.data.plan}
        activeGoals={loaded?.data.goals.filter((g) => g.status === 'active').length}
        span={model?.span}
      />
      {!model ? (
        <p class="muted" aria-busy="true">
          Loading your trend…
        </p>
      ) : model.days === 0 ? (
        <EmptyState
          title={
            shown === 'plan' && model.plan
              ? `No check-ins ${sinceDay(model.plan)}`
              : `No check-ins in the last ${rangeLabel(shown).toLowerCase()}`
          }
          action={{ href: '/checkin', label: 'Log pain now' }}
        >
          <p>Choose a longer range above to see earlier check-ins.</p>
        </EmptyState>
      ) : (
        <>
          <TrendSummaryCard model={model} range={shown} goals={goals} />
          <div class="btn-row trend-actions">
            <ShareButton model={model} range={shown} goals={goals} />
            <a class="btn" href={`/trends/report?range=${shown}`}>
              Print report
            </a>
          </div>
          <p id="share-hint" class="small muted trend-actions-hint">
            A picture of this chart and summary, to show or send your therapist. It stays on your phone until you share
            it.
          </p>
          <PainPanel model={model} range={shown} />
          <AdherenceCard span={model.span} painDaily={model.painDaily} />
          <HelpedCard effects={model.helped} />
          {loaded && <FactorsPanel checkins={loaded.data.checkins} span={model.span} />}
          <MobilityPanel model={model} />
          {model.measures.map((m) => (
            <MeasurePanel key={m.id} model={model} measure={m} />
          ))}
          <LazyQuestionnairePanel model={model} />
        </>
      )}
    </Screen>
  );
}
