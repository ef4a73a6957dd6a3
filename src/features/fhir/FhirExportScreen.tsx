// More → "Export for a clinic (FHIR)": the chosen range of the journal as one FHIR R4 Bundle (JSON), built offline
// and saved on this device, for a clinic's record system. Nothing is sent anywhere.
import { useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { buildFhirBundle, fhirFileName } from '../../domain/fhir/bundle';
import { defaultExportRange, exportFrom } from '../../domain/fhir/export-range';
import { planRange } from '../../domain/plan-range';
import { plural } from '../../domain/sentence';
import { NAME } from '../../domain/settings-keys';
import { RANGES, type RangeId } from '../../domain/trends';
import { formatDayLong } from '../../ui/format';
import { planReason } from '../trends/range-text';
import { saveFile } from '../../ui/save-file';
import { Screen } from '../../ui/Screen';
import { showToast } from '../../ui/toast';
import './fhir.css';

/** The export screen: a range, what it holds, and one button. */
export default function FhirExportScreen(_props: RouteProps) {
  const today = localDay();
  const [chosen, setRange] = useState<RangeId | null>(null);
  const [busy, setBusy] = useState(false);
  const facts = useLiveQuery(
    async (layer) => {
      const [checkins, name, goals, sessions] = await Promise.all([
        layer.checkinsUpTo(today),
        layer.getSetting<unknown>(NAME, ''),
        layer.listGoals(),
        layer.sessionsBetween('0000-01-01', today),
      ]);
      const first = checkins.reduce<string | null>((min, c) => (min === null || c.day < min ? c.day : min), null);
      const activeGoals = goals.filter((g) => g.status === 'active' && g.startDay <= today).length;
      // The plan's range, as Trends and the report find it: the questionnaires' first scores are counted from it.
      const plan = planRange(goals, sessions, today);
      return { first, plan, activeGoals, name: typeof name === 'string' ? name : '' };
    },
    [today],
  );
  const plan = facts?.plan ?? null;
  const range: RangeId = chosen ?? defaultExportRange({ plan });
  const from = exportFrom(range, { today, first: facts?.first ?? null, plan });

  const exportFile = async () => {
    setBusy(true);
    try {
      const layer = await data();
      const [checkins, sessions, goals, questionnaires, activities, measures] = await Promise.all([
        layer.checkinsBetween(from, today),
        layer.listSessions(),
        layer.listGoals(),
        layer.questionnairesBetween(from, today),
        layer.listActivities(),
        layer.listMeasures(),
      ]);
      const bundle = buildFhirBundle({
        from,
        to: today,
        checkins,
        sessions,
        goals,
        questionnaires,
        activities,
        measures,
        name: facts?.name ?? '',
        now: new Date().toISOString(),
        newId: () => crypto.randomUUID(),
      });
      const name = fhirFileName(today);
      saveFile(new Blob([JSON.stringify(bundle, null, 1)], { type: 'application/fhir+json' }), name);
      const entries = (bundle.entry as unknown[]).length;
      showToast({
        message: `Saved ${plural(entries, 'record')} (${plural(checkins.length, 'check-in')}) as ${name}.`,
        tone: 'success',
      });
    } catch (error) {
      console.error('FHIR export failed', error);
      showToast({ message: 'The file could not be made. Your journal is unchanged; try again.', tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title="Export for a clinic" back={{ href: '/more', label: 'More' }}>
      <p>
        One file in FHIR R4, the format clinic record systems read: your pain scores, sessions, goals and questionnaire
        answers. It is made on this device and saved here; you choose whom to give it to.
      </p>
      <fieldset class="card fhir-range">
        <legend class="card-title">Which days</legend>
        {plan && (
          <label class="fhir-option">
            <input type="radio" name="fhir-range" checked={range === 'plan'} onChange={() => setRange('plan')} />
            <span>Since care began</span>
          </label>
        )}
        {RANGES.map((r) => (
          <label key={r.id} class="fhir-option">
            <input type="radio" name="fhir-range" checked={range === r.id} onChange={() => setRange(r.id)} />
            <span>{r.label}</span>
          </label>
        ))}
        <p class="small muted" aria-live="polite">
          {range === 'plan' && plan
            ? `From ${formatDayLong(from)} (${planReason(plan, facts?.activeGoals ?? 0)}) to ${formatDayLong(today)}.`
            : `${formatDayLong(from)} to ${formatDayLong(today)}.`}
        </p>
      </fieldset>
      <p class="small">
        {facts?.name
          ? `Your name as typed for the report, “${facts.name}”, is included. `
          : 'No name is included (you can type one on the report). '}
        Nothing else identifies you.
      </p>
      <button type="button" class="btn btn-primary btn-lg btn-block" disabled={busy || !facts} onClick={exportFile}>
        {busy ? 'Making the file…' : 'Export for a clinic (FHIR)'}
      </button>
    </Screen>
  );
}
