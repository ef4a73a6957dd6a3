// CSV for spreadsheets: RFC 4180 (CRLF line ends, fields with a comma, quote or line break in double quotes, quotes
// doubled), with a header row. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab
// or CR, or holding a separator followed by one of those, like "ok;=1+1") get a single quote before the formula
// and are quoted, the OWASP advice: the text still reads the same, but it never runs, however the file is split.
// Numbers are written as numbers, so a measure of −3 stays a number a spreadsheet can sum.
import { AFTERCARE, PRESSURES, QUALITIES, REGIONS, TECHNIQUES, labelOf } from './catalog';
import { tagKey } from './factor-settings';
import type { Activity, Checkin, Measure, Session } from './types';

/** One cell: text is quoted and neutralised as needed, numbers are written as they are, null is an empty cell. */
export type CsvCell = string | number | null;

/** Line end of every record (RFC 4180). */
export const CRLF = '\r\n';

/**
 * Byte-order mark put at the start of a file: Excel reads a CSV without one in the system's legacy code page and
 * garbles every accent and "→"; Numbers, LibreOffice and Google Sheets skip it.
 */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
// A separator a spreadsheet may split on (comma, semicolon, tab, a line break) with a formula starter after it:
// "ok;=1+1" opened by a spreadsheet that splits on ";" would become a cell "=1+1".
const INNER_FORMULA = /([,;\t\r\n])(?=[=+\-@])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A text cell that a spreadsheet would run as a formula, made inert by a single quote (OWASP): before its first
 * character, and after every separator that a formula starter follows, so no way of splitting it starts a formula.
 */
export function neutralise(text: string): string {
  const inner = text.replace(INNER_FORMULA, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** One cell as CSV text. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    // String() never uses exponent notation for the values stored here (|v| ≤ 1e9) and always writes "." for decimals.
    return String(cell);
  }
  const safe = neutralise(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV document: the header row, then each row, every record ending in CRLF. No BOM (see csvFile). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  let out = header.map(csvCell).join(',') + CRLF;
  for (const row of rows) out += row.map(csvCell).join(',') + CRLF;
  return out;
}

/** The text of a .csv file: the BOM and the document. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + toCsv(header, rows);
}

/** Formats an instant as the local date and time columns; tests pass a fixed zone. */
export interface CsvClock {
  /** "HH:MM" in the person's time zone. */
  time(at: string): string;
  /** "YYYY-MM-DD HH:MM" in the person's time zone. */
  dateTime(at: string): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Oldest first; entries at the same instant by id, so a file is the same however the rows were read. */
function byTime(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The device's own time zone. */
export const localClock: CsvClock = {
  time: (at) => {
    const d = new Date(at);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  },
  dateTime: (at) => {
    const d = new Date(at);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  },
};

/** A header for a measure: "Recovery after a workout (hours)", or just the name without a unit. */
export function measureHeader(measure: Pick<Measure, 'name' | 'unit'>): string {
  return measure.unit ? `${measure.name} (${measure.unit})` : measure.name;
}

/** The factor columns, each only when some check-in has a value for it (a journal without factors keeps its columns). */
const FACTOR_COLUMNS = [
  { field: 'sleepQuality', header: 'Sleep last night (0–10)' },
  { field: 'sleepHours', header: 'Hours slept' },
  { field: 'stress', header: 'Stress (0–10)' },
] as const satisfies readonly { field: keyof Checkin; header: string }[];

/** One column per tag shown on any check-in, in the order first shown, named as last shown. */
function tagColumns(checkins: readonly Checkin[]): { key: string; name: string }[] {
  const columns = new Map<string, string>();
  for (const c of [...checkins].sort(byTime)) for (const t of c.tags) columns.set(tagKey(t.name), t.name);
  return [...columns].map(([key, name]) => ({ key, name }));
}

/**
 * Check-ins as a table, one row each, oldest first: date, time, overall pain, one column per region marked anywhere
 * ("Pain: Lower back"), qualities, one column per activity ("Mobility: Reach the top shelf"), one per measure,
 * sleep and stress when any check-in gave them, one per tag ("Tag: desk day": yes, no, or empty where it was not
 * shown), and the note. Regions follow the catalogue order; activities and measures the order they were added.
 */
export function checkinsTable(
  checkins: readonly Checkin[],
  activities: readonly Activity[],
  measures: readonly Measure[],
  clock: CsvClock = localClock,
): { header: string[]; rows: CsvCell[][] } {
  const used = new Set<string>();
  for (const c of checkins) for (const r of c.regions) used.add(r.region);
  const regions = REGIONS.filter((r) => used.has(r.id));
  const factors = FACTOR_COLUMNS.filter((f) => checkins.some((c) => c[f.field] !== null));
  const tags = tagColumns(checkins);
  const header = [
    'Date',
    'Time',
    'Pain (0–10)',
    ...regions.map((r) => `Pain: ${r.label}`),
    'What it felt like',
    ...activities.map((a) => `Mobility: ${a.name}`),
    ...measures.map(measureHeader),
    ...factors.map((f) => f.header),
    ...tags.map((t) => `Tag: ${t.name}`),
    'Note',
  ];
  const sorted = [...checkins].sort(byTime);
  const rows = sorted.map((c): CsvCell[] => {
    const regionPain = new Map(c.regions.map((r) => [r.region as string, r.pain]));
    return [
      c.day,
      clock.time(c.at),
      c.pain,
      ...regions.map((r) => regionPain.get(r.id) ?? null),
      c.qualities.map((q) => labelOf(QUALITIES, q)).join('; '),
      ...activities.map((a) => (Object.hasOwn(c.mobility, a.id) ? c.mobility[a.id] : null)),
      ...measures.map((m) => (Object.hasOwn(c.measures, m.id) ? c.measures[m.id] : null)),
      ...factors.map((f) => c[f.field]),
      ...tags.map((t) => {
        const tag = c.tags.find((x) => tagKey(x.name) === t.key);
        return tag ? (tag.yes ? 'yes' : 'no') : '';
      }),
      c.note,
    ];
  });
  return { header, rows };
}

/** Sessions as a table, one row each, oldest first. Lists inside a cell are separated by "; ". */
export function sessionsTable(
  sessions: readonly Session[],
  clock: CsvClock = localClock,
): { header: string[]; rows: CsvCell[][] } {
  const header = [
    'Date',
    'Time',
    'Provider',
    'Techniques',
    'Pressure',
    'Duration (minutes)',
    'Areas worked',
    'Pain before (0–10)',
    'Pain after (0–10)',
    'Soreness after 24 h (0–10)',
    'Soreness after 48 h (0–10)',
    'Aftercare given',
    'Aftercare done',
    'Next appointment',
    'Note',
  ];
  const list = <T extends string>(catalog: readonly { id: string; label: string }[], ids: readonly T[]) =>
    ids.map((id) => labelOf(catalog, id)).join('; ');
  const sorted = [...sessions].sort(byTime);
  const rows = sorted.map((s): CsvCell[] => {
    const given = s.aftercare.map((id) =>
      id === 'other' && s.aftercareOther ? `Other: ${s.aftercareOther}` : labelOf(AFTERCARE, id),
    );
    return [
      s.day,
      clock.time(s.at),
      s.provider,
      list(TECHNIQUES, s.techniques),
      s.pressure === null ? '' : labelOf(PRESSURES, s.pressure),
      s.durationMin,
      list(REGIONS, s.areas),
      s.painBefore,
      s.painAfter,
      s.soreness24,
      s.soreness48,
      given.join('; '),
      list(AFTERCARE, s.aftercareDone),
      s.nextAppointment === null ? '' : clock.dateTime(s.nextAppointment),
      s.note,
    ];
  });
  return { header, rows };
}
