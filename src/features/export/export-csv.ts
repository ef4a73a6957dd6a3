// Builds the CSV files from the whole journal: check-ins (one row each, a column per region, activity and
// measure), sessions, questionnaire answers, the home programme, treatments and goals. See src/domain/csv.ts for the quoting and formula rules.
import type { DataLayer } from '../../app/data';
import { checkinsTable, csvFile, sessionsTable } from '../../domain/csv';
import { localDay } from '../../domain/days';
import { goalsTable } from '../../domain/goal-csv';
import { planTable } from '../../domain/plan-csv';
import { questionnairesTable } from '../../domain/questionnaires/csv-table';
import { treatmentsTable } from '../../domain/treatment-csv';

/** A file ready to save. */
export interface CsvExport {
  name: string;
  text: string;
  rows: number;
}

/** Every check-in as pain-journal-checkins-YYYY-MM-DD.csv. */
export async function checkinsCsv(layer: DataLayer, today = localDay()): Promise<CsvExport> {
  const [checkins, activities, measures] = await Promise.all([
    layer.checkinsBetween('0000-01-01', '9999-12-31'),
    layer.listActivities(),
    layer.listMeasures(),
  ]);
  const { header, rows } = checkinsTable(checkins, activities, measures);
  return { name: `pain-journal-checkins-${today}.csv`, text: csvFile(header, rows), rows: rows.length };
}

/** Every session as pain-journal-sessions-YYYY-MM-DD.csv. */
export async function sessionsCsv(layer: DataLayer, today = localDay()): Promise<CsvExport> {
  const { header, rows } = sessionsTable(await layer.listSessions());
  return { name: `pain-journal-sessions-${today}.csv`, text: csvFile(header, rows), rows: rows.length };
}

/** Every questionnaire answer (PEG, Roland-Morris) as pain-journal-questionnaires-YYYY-MM-DD.csv. */
export async function questionnairesCsv(layer: DataLayer, today = localDay()): Promise<CsvExport> {
  const answers = await layer.questionnairesBetween('0000-01-01', '9999-12-31');
  const { header, rows } = questionnairesTable(answers);
  return { name: `pain-journal-questionnaires-${today}.csv`, text: csvFile(header, rows), rows: rows.length };
}

/** The home programme, one row per item and day, as pain-journal-plan-YYYY-MM-DD.csv. */
export async function planCsv(layer: DataLayer, today = localDay()): Promise<CsvExport> {
  const [items, ticks] = await Promise.all([layer.listPlanItems(), layer.planTicksBetween('0000-01-01', today)]);
  const { header, rows } = planTable(items, ticks, today);
  return { name: `pain-journal-plan-${today}.csv`, text: csvFile(header, rows), rows: rows.length };
}

/** Every treatment, with whether it helped, as pain-journal-treatments-YYYY-MM-DD.csv. */
export async function treatmentsCsv(layer: DataLayer, today = localDay()): Promise<CsvExport> {
  const { header, rows } = treatmentsTable(await layer.treatmentsBetween('0000-01-01', '9999-12-31'));
  return { name: `pain-journal-treatments-${today}.csv`, text: csvFile(header, rows), rows: rows.length };
}

/** Every goal, with how its target was set ("−20 % of 48"), as pain-journal-goals-YYYY-MM-DD.csv. */
export async function goalsCsv(layer: DataLayer, today = localDay()): Promise<CsvExport> {
  const [goals, activities, measures] = await Promise.all([
    layer.listGoals(),
    layer.listActivities(),
    layer.listMeasures(),
  ]);
  const { header, rows } = goalsTable(goals, activities, measures);
  return { name: `pain-journal-goals-${today}.csv`, text: csvFile(header, rows), rows: rows.length };
}
