// The questionnaire paths: /questionnaires/peg and /questionnaires/rmdq for a new answer, /questionnaires/answer/:id to
// change one. Kept tiny: Today, More and History link here without loading the catalogue.
import type { InstrumentId } from '../../domain/questionnaires/catalogue';

const SLUGS: Record<InstrumentId, string> = { peg: 'peg', rmdq24: 'rmdq' };

/** The path that answers `instrument` now. */
export function answerPath(instrument: InstrumentId): string {
  return `/questionnaires/${SLUGS[instrument]}`;
}

/** The path that changes a stored answer. */
export function editPath(id: string): string {
  return `/questionnaires/answer/${id}`;
}

/** The instrument a path segment names, or null. */
export function instrumentOfSlug(slug: string | undefined): InstrumentId | null {
  return slug === 'peg' ? 'peg' : slug === 'rmdq' ? 'rmdq24' : null;
}
