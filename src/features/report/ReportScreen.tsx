// The one-page report for the therapist (/trends/report). On screen: a few controls and a preview of the page.
// In print: only the page, sized to one sheet of A4 or Letter. "Print or save as PDF" calls window.print().
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { useDraft } from '../../app/drafts';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { reportNumbers } from '../../domain/report';
import { askedRange, type RangeId } from '../../domain/trends';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { RangePicker } from '../trends/RangePicker';
import { goalStatuses } from '../trends/summary-text';
import { useTrendModel } from '../trends/useTrendModel';
import { NameField } from './NameField';
import { ReportPaper } from './ReportPaper';
import { usePageFit } from './usePageFit';
import './report.css';

/** The longest question text: enough for a few questions, short enough to always fit the page. */
export const QUESTIONS_MAX = 500;

/** The report screen. */
export default function ReportScreen({ query }: RouteProps) {
  // No range in the address: the plan's range when an active goal has begun, else six weeks (see loadTrendData).
  const [asked, setAsked] = useState<RangeId | null>(() => askedRange(query.get('range')));
  // A link to another range (Back, a shared address) while this screen stays open.
  const linked = query.get('range');
  useEffect(() => {
    if (linked !== null) setAsked(askedRange(linked));
  }, [linked]);
  const today = localDay();
  const loaded = useTrendModel(asked, today);
  // Until the data for a new choice arrives, the choice itself is shown (a radio must not jump back).
  const range: RangeId = loaded && loaded.data.asked === asked ? loaded.data.range : (asked ?? 'plan');
  const questions = useDraft('report:questions', '');
  const [name, setName] = useState<string | null>(null);
  const [paper, setPaper] = useState<HTMLElement | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  usePageFit(previewRef, paper, contentRef);

  const span = loaded?.model.span;
  // The rest of the page's rows, for the same days: the paper is shown (and can be printed) only once they are in, so
  // no block (the home programme, the questionnaires, aftercare counted with the plan) can arrive after it is printed,
  // read or measured to fit the sheet.
  const rows = useLiveQuery(
    (layer) =>
      span
        ? Promise.all([
            layer.questionnairesBetween(span.from, span.to),
            layer.listPlanItems(),
            layer.planTicksBetween(span.from, span.to),
          ]).then(([questionnaires, planItems, planTicks]) => ({ span, questionnaires, planItems, planTicks }))
        : undefined,
    [span?.from, span?.to],
  );
  const ready =
    loaded && rows && rows.span.from === loaded.model.span.from && rows.span.to === loaded.model.span.to
      ? { loaded, rows }
      : undefined;
  // While another range loads, the last whole page stays (no flash of "Preparing…"); Print waits for the new one.
  const lastReady = useRef(ready);
  if (ready) lastReady.current = ready;
  const shown = ready ?? lastReady.current;
  const paperData = shown?.loaded;
  // The same daily figures the model was drawn from (see useTrendModel), not worked out again.
  const numbers = useMemo(
    () => (paperData ? reportNumbers({ ...paperData.data, days: paperData.days }) : undefined),
    [paperData],
  );
  const goals = useMemo(
    () =>
      paperData
        ? goalStatuses(
            paperData.data.goals,
            paperData.data.checkins,
            paperData.data.activities,
            paperData.data.measures,
            today,
          )
        : [],
    [paperData, today],
  );

  const choose = (next: RangeId) => {
    setAsked(next);
    history.replaceState(history.state, '', `/trends/report?range=${next}`);
  };

  const back = { href: `/trends?range=${range}`, label: 'Trends' };
  if (loaded && loaded.data.total === 0) {
    return (
      <Screen title="Report" back={back}>
        <EmptyState title="Nothing to report yet" action={{ href: '/checkin', label: 'Log pain now' }}>
          <p>A one-page report for your therapist is made from your check-ins and sessions.</p>
        </EmptyState>
      </Screen>
    );
  }

  return (
    <Screen title="Report" back={back} class="report-screen">
      <div class="report-controls">
        <p class="muted">One page for your therapist, to print or save as a PDF and bring to your appointment.</p>
        <RangePicker
          value={range}
          onChange={choose}
          plan={loaded?.data.plan}
          activeGoals={loaded?.data.goals.filter((g) => g.status === 'active').length}
          span={loaded?.model.span}
        />
        <NameField onChange={setName} />
        <div class="field">
          <label for="report-questions">Questions for your therapist (optional)</label>
          <textarea
            id="report-questions"
            class="input"
            rows={3}
            maxLength={QUESTIONS_MAX}
            value={questions.value}
            aria-describedby="report-questions-hint"
            onInput={(e) => questions.setValue((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id="report-questions-hint" class="field-hint">
            Printed in a box at the bottom; kept as you type. Up to {QUESTIONS_MAX} characters (
            {QUESTIONS_MAX - questions.value.length} left).
          </p>
        </div>
        <button
          type="button"
          class="btn btn-primary btn-lg btn-block"
          onClick={() => window.print()}
          disabled={!ready || !numbers}
        >
          Print or save as PDF
        </button>
        <h2 class="report-preview-title">Preview</h2>
        <p class="small muted report-preview-note">
          The printed page, shrunk to fit your screen. Print or save it as a PDF to read it full size.
        </p>
      </div>
      {!shown || !numbers ? (
        <p class="muted" aria-busy="true">
          Preparing your report…
        </p>
      ) : (
        <div class="report-preview" ref={previewRef} aria-busy={ready ? undefined : 'true'}>
          <ReportPaper
            paperRef={(el: HTMLElement | null) => {
              if (el !== paper) setPaper(el);
            }}
            contentRef={contentRef}
            paper={paper}
            model={shown.loaded.model}
            questionnaires={shown.rows.questionnaires}
            planItems={shown.rows.planItems}
            planTicks={shown.rows.planTicks}
            numbers={numbers}
            sessions={shown.loaded.data.sessions}
            treatments={shown.loaded.data.treatments}
            goals={goals}
            range={range}
            name={name ?? ''}
            questions={questions.value.trim()}
          />
        </div>
      )}
    </Screen>
  );
}
