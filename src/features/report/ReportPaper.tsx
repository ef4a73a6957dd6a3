// The one printed page: what a therapist reads in a minute. Every list is capped (REPORT_LIMITS) so it fits one
// sheet of A4 or Letter.
import type { Ref } from 'preact';
import { reportEffectText, unrankedText } from '../../domain/helped';
import { PRESSURES, labelOf } from '../../domain/catalog';
import type { PsfsLabel } from '../../domain/clinical';
import {
  aftercareFollowed,
  checkinCountText,
  leftOutUsesText,
  REPORT_LIMITS,
  type ReportNumbers,
} from '../../domain/report';
import { shortTechnique, type TrendModel } from '../../domain/trend-model';
import type { RangeId } from '../../domain/trends';
import type { PlanItem, PlanTick, QuestionnaireResponse, Session, Treatment } from '../../domain/types';
import { treatmentUses, typicalReliefText } from '../../domain/treatments';
import { courseFigures, questionnaireCourses } from '../../domain/questionnaires/summary';
import { formatDay, formatDayLong } from '../../ui/format';
import { BASELINE_NAMES } from '../../domain/baselines';
import { localDay } from '../../domain/days';
import { rangeAside, sessionsText, shortDay } from '../trends/range-text';
import { changeFigures, num, painChartLabel, short, spanText, type GoalStatus } from '../trends/summary-text';
import { ReportAdherence } from './ReportAdherence';
import { ReportChart } from './ReportChart';
import { formatDayRange } from '../trends/chart-format';
import { gapRuleText } from '../../domain/gaps';
import { MIN_DAYS_EACH } from '../../domain/factors';
import { plural, sentence } from '../../domain/sentence';

interface Props {
  paperRef: Ref<HTMLElement>;
  contentRef: Ref<HTMLDivElement>;
  paper: HTMLElement | null;
  model: TrendModel;
  numbers: ReportNumbers;
  sessions: readonly Session[];
  goals: GoalStatus[];
  range: RangeId;
  name: string;
  questions: string;
  /** Questionnaire answers in the report's range (PEG, Roland-Morris). */
  questionnaires?: readonly QuestionnaireResponse[];
  /** Treatments in the report's range. */
  treatments?: readonly Treatment[];
  /** Every plan item (ended ones too). */
  planItems?: readonly PlanItem[];
  /** The plan's ticks in the report's range. */
  planTicks?: readonly PlanTick[];
}

const dash = '–';
const PSFS_SHORT: Record<PsfsLabel, string> = {
  better: 'better',
  worse: 'worse',
  'within-error': 'within error',
  none: 'no change',
};
const maybe = (v: number | null) => (v === null ? dash : String(v));

/** The page. */
export function ReportPaper({
  paperRef,
  contentRef,
  paper,
  model,
  numbers,
  sessions,
  goals,
  range,
  name,
  questions,
  questionnaires = [],
  treatments = [],
  planItems = [],
  planTicks = [],
}: Props) {
  const uses = treatmentUses(treatments);
  const listedUses = uses.slice(0, REPORT_LIMITS.treatments);
  const otherUses = uses.slice(REPORT_LIMITS.treatments);
  const courses = questionnaireCourses(questionnaires);
  const change = model.summary.change;
  const recent = sessions.slice(-REPORT_LIMITS.sessions);
  const ranked = model.helped.filter((e) => e.rank !== null).slice(0, REPORT_LIMITS.techniques);
  const unranked = model.helped.filter((e) => e.rank === null);
  const { psfs } = numbers;
  // Aftercare that went into the home programme is ticked there: counted with the plan, not as undone aftercare.
  const aftercare = planItems.length
    ? aftercareFollowed(
        sessions.filter((s) => s.day >= model.span.from && s.day <= model.span.to),
        planItems,
      )
    : numbers.aftercare;
  const goalBaselines = numbers.activities
    .slice(0, REPORT_LIMITS.activities)
    .filter((a) => a.goal)
    .map((a) => `${a.name} ${short(a.goal!.value)} on ${shortDay(a.goal!.from, model.span.to)}`);
  return (
    <article class="report-paper" ref={paperRef} aria-labelledby="rp-title">
      <div class="rp-content" ref={contentRef}>
        <header class="rp-head">
          <h2 id="rp-title">
            Pain report
            {name && (
              <>
                {' '}
                — <bdi>{name}</bdi>
              </>
            )}
          </h2>
          <p>
            {spanText(model)} ({rangeAside(model, range)}) · made {formatDayLong(localDay())} with Pain Journal
          </p>
        </header>

        <section class="rp-summary" aria-label="Summary">
          {change ? (
            <p>
              <span class="rp-big">
                {num(change.from)} → {num(change.to)}
              </span>{' '}
              <strong>{changeFigures(change)}</strong>: <strong>{change.text}</strong> — average pain (0–10) in the
              first week ({formatDayRange(model.summary.first.from, model.summary.first.to)}) against the last 7 days (
              {formatDayRange(model.summary.last.from, model.summary.last.to)}), not the calendar weeks below; rule:{' '}
              {change.rule}.
            </p>
          ) : (
            <p>
              <strong>No change to judge yet.</strong> {model.summary.reason}
            </p>
          )}
          <p>
            {sessionsText(model.sessions.length, range, model.plan)}.{' '}
            {sentence(checkinCountText(model.checkinCount, model.days))}
          </p>
          {courses.map((course) => (
            <p key={course.instrument} class="rp-questionnaire">
              <strong>{courseFigures(course)}</strong>
              {course.change ? (
                <>
                  {' '}
                  ({formatDay(course.first.day)} → {formatDay(course.latest.day)}, {course.count} answers):{' '}
                  <strong>{course.change.short}.</strong> {course.change.text}
                </>
              ) : (
                ` (${formatDay(course.latest.day)}, one answer: no change to judge yet).`
              )}
            </p>
          ))}
          {goals.length > 0 && (
            <table class="rp-table rp-goals">
              <thead>
                <tr>
                  <th scope="col">Goal</th>
                  <th scope="col">Goal baseline → target</th>
                  <th scope="col">By</th>
                  <th scope="col">Now (7-day)</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {goals.slice(0, REPORT_LIMITS.goals).map((g) => (
                  <tr key={g.goal.id}>
                    <th scope="row">
                      <span class="rp-clamp">{g.subject}</span>
                    </th>
                    <td>{g.fromTo}</td>
                    <td>{g.by}</td>
                    <td>{g.now ?? dash}</td>
                    <td>
                      <strong>{g.word}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {goals.length > REPORT_LIMITS.goals && (
            <p class="rp-note">And {goals.length - REPORT_LIMITS.goals} more goals in the app.</p>
          )}
        </section>

        <figure class="rp-chart">
          <ReportChart model={model} paper={paper} label={painChartLabel(model, range)} />
          <figcaption>
            {model.bucketDays === 1 && 'Dots: each day’s average. '}
            Line: {model.bucketDays === 1 ? '7-day average' : 'weekly average'} pain (0 = none, 10 = worst).{' '}
            {gapRuleText(model.bucketDays)} Dashed vertical lines: sessions
            {model.sessions.length > 0 && model.sessions.length <= 12 ? ', named above the chart.' : '.'}
            {model.treatments.length > 0 && ' Triangles under the dates: something taken or done for the pain.'}
            {model.painGoals.length > 0 && ' Black dashes: goal, baseline to target.'}
            {model.band &&
              ` Shaded: ${num(model.band.baseline)} (${BASELINE_NAMES[model.band.source]}) down to ${num(model.band.threshold)}, the clinically meaningful drop (2 points or 30 %).`}
          </figcaption>
        </figure>

        <div class="rp-grid">
          <div class="rp-col">
            <section>
              <h3>Pain by week</h3>
              <table class="rp-table">
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Worst</th>
                    <th scope="col">Average</th>
                    <th scope="col">Least</th>
                  </tr>
                </thead>
                <tbody>
                  {numbers.weeks.map((w) => (
                    <tr key={w.weekStart}>
                      <th scope="row">{formatDay(w.weekStart)}</th>
                      <td>{short(w.worst)}</td>
                      <td>{num(w.mean)}</td>
                      <td>{short(w.least)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            <section>
              <h3>What helped</h3>
              {model.helped.length === 0 ? (
                <p>No sessions in this range.</p>
              ) : (
                <>
                  {ranked.length > 0 && (
                    <ol class="rp-list">
                      {ranked.map((e) => (
                        <li key={e.technique}>
                          <strong>{e.label}</strong> ({e.sessions}): {reportEffectText(e, num)}
                        </li>
                      ))}
                    </ol>
                  )}
                  {unranked.length > 0 && <p class="rp-note">{unrankedText(unranked)}</p>}
                </>
              )}
            </section>

            {numbers.factors.recorded && (
              <section class="rp-factors">
                <h3>What went with the pain</h3>
                <p>
                  {numbers.factors.line?.text ??
                    `Too few days yet to compare: each side needs at least ${MIN_DAYS_EACH} days.`}
                </p>
              </section>
            )}
          </div>
          <div class="rp-col">
            <section>
              <h3>Activities (0 = unable, 10 = as before)</h3>
              {numbers.activities.length === 0 ? (
                <p>No activities rated in this range.</p>
              ) : (
                <table class="rp-table">
                  <thead>
                    <tr>
                      <th scope="col">Activity</th>
                      <th scope="col">First week</th>
                      <th scope="col">Last week</th>
                      <th scope="col">Change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {numbers.activities.slice(0, REPORT_LIMITS.activities).map((a) => {
                      const c = psfs?.activities.find((x) => x.id === a.id)?.change;
                      return (
                        <tr key={a.id}>
                          <th scope="row">
                            <span class="rp-clamp">{a.name}</span>
                          </th>
                          <td>{a.baseline === null ? dash : num(a.baseline)}</td>
                          <td>{a.now === null ? dash : num(a.now)}</td>
                          <td>{c ? PSFS_SHORT[c.label] : 'too few ratings'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
              {numbers.activities.length > 0 && (
                <p class="rp-note">
                  Change is measured from each activity’s first-week average to its last-week average
                  {psfs ? ` (${psfs.rule})` : ''}.
                  {psfs?.mean && (
                    <>
                      {' '}
                      Mean {num(psfs.mean.from)} → {num(psfs.mean.to)}: <strong>{psfs.text}</strong>.
                    </>
                  )}
                  {goalBaselines.length > 0 &&
                    ` Goal baseline${goalBaselines.length > 1 ? 's' : ''}, agreed when the goal was set: ${goalBaselines.join('; ')}.`}
                </p>
              )}
            </section>

            <section>
              <h3>Where it hurts most</h3>
              {numbers.regions.length === 0 ? (
                <p>No places marked in this range.</p>
              ) : (
                <ul class="rp-list">
                  {numbers.regions.map((r) => (
                    <li key={r.id}>
                      <strong>{r.label}</strong>: average {num(r.mean)}, worst {r.worst}, on {plural(r.days, 'day')}
                    </li>
                  ))}
                </ul>
              )}
              <h3>Aftercare followed</h3>
              {aftercare.given === 0 ? (
                <p>
                  {aftercare.inPlan.length ? 'All of it went into the home programme below.' : 'No aftercare recorded.'}
                </p>
              ) : (
                <p>
                  <strong>
                    {aftercare.done} of {aftercare.given}
                  </strong>{' '}
                  done ({Math.round((aftercare.done / aftercare.given) * 100)} %):{' '}
                  {aftercare.items.map((i) => `${i.label} ${i.done}/${i.given}`).join(', ')}.
                  {aftercare.inPlan.length > 0 && ` ${aftercare.inPlan.join(', ')}: in the home programme below.`}
                </p>
              )}
              <ReportAdherence span={model.span} items={planItems} ticks={planTicks} />
              <h3>Took or did for the pain</h3>
              {uses.length === 0 ? (
                <p>Nothing noted in this range.</p>
              ) : (
                <>
                  <ul class="rp-list rp-treatments">
                    {listedUses.map((u) => (
                      <li key={u.name}>
                        <strong>
                          <bdi>{u.name}</bdi>
                        </strong>
                        : {u.count === 1 ? 'once' : `${u.count} times`}, {typicalReliefText(u, short)}
                      </li>
                    ))}
                  </ul>
                  {otherUses.length > 0 && (
                    <p class="rp-note">
                      {leftOutUsesText(
                        otherUses.length,
                        otherUses.reduce((n, u) => n + u.count, 0),
                      )}
                    </p>
                  )}
                  <p class="rp-note">As noted by the person; the app gives no dosing advice.</p>
                </>
              )}
            </section>
          </div>
        </div>

        <section>
          <h3>
            Sessions
            {model.sessions.length > recent.length ? ` (the last ${recent.length} of ${model.sessions.length})` : ''}
          </h3>
          {recent.length === 0 ? (
            <p>No sessions in this range.</p>
          ) : (
            <table class="rp-table rp-sessions">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Technique</th>
                  <th scope="col">Pressure</th>
                  <th scope="col">Pain before → after</th>
                  <th scope="col">Soreness 24 h / 48 h</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{formatDay(s.day)}</th>
                    <td>{s.techniques.map(shortTechnique).join(', ') || dash}</td>
                    <td>{s.pressure ? labelOf(PRESSURES, s.pressure) : dash}</td>
                    <td>
                      {maybe(s.painBefore)} → {maybe(s.painAfter)}
                    </td>
                    <td>
                      {maybe(s.soreness24)} / {maybe(s.soreness48)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section class="rp-questions">
          <h3>My questions</h3>
          <p class={questions ? 'rp-questions-text' : 'rp-questions-blank'}>{questions}</p>
        </section>
      </div>
    </article>
  );
}
