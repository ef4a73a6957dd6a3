// A section of Settings & data: check-ins and sessions as CSV files for a spreadsheet, saved on this device.
import { useState } from 'preact/hooks';
import { data, useLiveQuery, type DataLayer } from '../../app/data';
import { showToast } from '../../ui/toast';
import { saveFile } from '../../ui/save-file';
import { plural } from '../../domain/sentence';
import {
  checkinsCsv,
  goalsCsv,
  planCsv,
  questionnairesCsv,
  sessionsCsv,
  treatmentsCsv,
  type CsvExport,
} from './export-csv';

type Kind = 'checkins' | 'sessions' | 'questionnaires' | 'plan' | 'treatments' | 'goals';

const BUILD: Record<Kind, (layer: DataLayer) => Promise<CsvExport>> = {
  checkins: checkinsCsv,
  sessions: sessionsCsv,
  questionnaires: questionnairesCsv,
  plan: planCsv,
  treatments: treatmentsCsv,
  goals: goalsCsv,
};
const WHAT: Record<Kind, [string, string]> = {
  checkins: ['check-in', 'check-ins'],
  sessions: ['session', 'sessions'],
  questionnaires: ['questionnaire answer', 'questionnaire answers'],
  plan: ['day of a plan item', 'days of plan items'],
  treatments: ['treatment', 'treatments'],
  goals: ['goal', 'goals'],
};

/** Export for a spreadsheet. */
export function ExportSection() {
  const counts = useLiveQuery(
    (layer) =>
      Promise.all([
        layer.countCheckins(),
        layer.listSessions().then((s) => s.length),
        layer.questionnairesBetween('0000-01-01', '9999-12-31').then((q) => q.length),
        layer.listPlanItems().then((p) => p.length),
        layer.recentTreatments(1).then((t) => t.length),
        layer.listGoals().then((g) => g.length),
      ]),
    [],
  );
  const [busy, setBusy] = useState<Kind | null>(null);

  const save = async (kind: Kind) => {
    setBusy(kind);
    try {
      const file = await BUILD[kind](await data());
      saveFile(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), file.name);
      const [one, many] = WHAT[kind];
      showToast({
        message: `Saved ${file.rows === 1 ? `1 ${one}` : `${file.rows.toLocaleString()} ${many}`} as ${file.name}.`,
        tone: 'success',
      });
    } catch (error) {
      console.error('CSV export failed', error);
      showToast({ message: 'The file could not be made. Your journal is unchanged; try again.', tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const [checkins, sessions, questionnaires, planItems, anyTreatment, goals] = counts ?? [];
  return (
    <section class="card" aria-labelledby="exportsection-title">
      <h2 id="exportsection-title" class="card-title">
        Export for a spreadsheet
      </h2>
      <p>
        Your check-ins and sessions as CSV files, one row each, for Excel, Numbers or Google Sheets. They are saved on
        this device; nothing is sent anywhere.
      </p>
      <div class="btn-row">
        <button
          type="button"
          class="btn"
          onClick={() => save('checkins')}
          disabled={busy !== null || checkins === 0}
          aria-describedby="export-checkins-count"
        >
          {busy === 'checkins' ? 'Making the file…' : 'Export check-ins'}
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => save('sessions')}
          disabled={busy !== null || sessions === 0}
          aria-describedby="export-sessions-count"
        >
          {busy === 'sessions' ? 'Making the file…' : 'Export sessions'}
        </button>
        {questionnaires ? (
          <button type="button" class="btn" onClick={() => save('questionnaires')} disabled={busy !== null}>
            {busy === 'questionnaires'
              ? 'Making the file…'
              : `Export questionnaires (${questionnaires.toLocaleString()})`}
          </button>
        ) : null}
        {planItems ? (
          <button type="button" class="btn" onClick={() => save('plan')} disabled={busy !== null}>
            {busy === 'plan' ? 'Making the file…' : 'Export your plan, day by day'}
          </button>
        ) : null}
        {anyTreatment ? (
          <button type="button" class="btn" onClick={() => save('treatments')} disabled={busy !== null}>
            {busy === 'treatments' ? 'Making the file…' : 'Export treatments'}
          </button>
        ) : null}
        {goals ? (
          <button type="button" class="btn" onClick={() => save('goals')} disabled={busy !== null}>
            {busy === 'goals' ? 'Making the file…' : `Export goals (${goals.toLocaleString()})`}
          </button>
        ) : null}
      </div>
      <p class="small muted">
        <span id="export-checkins-count">
          {checkins === undefined ? '' : checkins === 0 ? 'No check-ins yet. ' : `${plural(checkins, 'check-in')}. `}
        </span>
        <span id="export-sessions-count">
          {sessions === undefined ? '' : sessions === 0 ? 'No sessions yet.' : `${plural(sessions, 'session')}.`}
        </span>{' '}
        Text that a spreadsheet could run as a formula starts with an apostrophe, so it is only ever shown, never run.
      </p>
    </section>
  );
}
