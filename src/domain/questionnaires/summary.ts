// Each questionnaire's first and latest score in a range, with the change labelled by its rule: what the report and
// Trends say in one line. Pure: no DOM, no Dexie.
import type { QuestionnaireResponse } from '../types';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from './catalogue';
import { type ChangeLabel, formatScore, labelChange } from './scoring';

/** One instrument's course in a range. */
export interface QuestionnaireCourse {
  instrument: InstrumentId;
  count: number;
  first: QuestionnaireResponse;
  latest: QuestionnaireResponse;
  /** The change from first to latest; null with a single answer. */
  change: ChangeLabel | null;
}

/** The course of each instrument answered in `rows` (any order), PEG first. */
export function questionnaireCourses(rows: readonly QuestionnaireResponse[]): QuestionnaireCourse[] {
  return INSTRUMENT_IDS.flatMap((instrument) => {
    const mine = rows.filter((r) => r.instrument === instrument).sort((a, b) => (a.at < b.at ? -1 : 1));
    if (mine.length === 0) return [];
    const first = mine[0];
    const latest = mine[mine.length - 1];
    return [
      {
        instrument,
        count: mine.length,
        first,
        latest,
        change: mine.length > 1 ? labelChange(instrument, first.score, latest.score) : null,
      },
    ];
  });
}

/** "PEG 6.3 → 4.0" or "Roland-Morris 12/24" (one answer). */
export function courseFigures(course: QuestionnaireCourse): string {
  const { instrument, first, latest, change } = course;
  const name = INSTRUMENTS[instrument].shortName;
  return change
    ? `${name} ${formatScore(instrument, first.score)} → ${formatScore(instrument, latest.score)}`
    : `${name} ${formatScore(instrument, latest.score)}`;
}
