// The questionnaires the journal offers: each instrument's id, version, wording, answer range, scoring rule, change
// thresholds and sources, in one typed list so another instrument is one more entry. Pure data: no DOM, no Dexie.

/** The instruments the journal knows. */
export type InstrumentId = 'peg' | 'rmdq24';

/** A published source, cited wherever a figure from it is used. */
export interface Source {
  /** Short form for labels: "Reed et al., J Pain 2024". */
  short: string;
  /** Full reference for the report, the README and the FHIR export. */
  full: string;
}

/** One item: its text and the answers it accepts (whole numbers from min to max). */
export interface Item {
  text: string;
  min: number;
  max: number;
  /** What the ends of the scale mean, for 0–10 items ("No pain" … "Pain as bad as you can imagine"). */
  anchors?: readonly [string, string];
}

/** What a change between two scores must reach to be labelled, and where each threshold comes from. */
export interface ChangeRules {
  /** Smallest change in points that counts (PEG: 1, the minimal important difference; RMDQ: 5). */
  points: number;
  pointsName: string;
  pointsSource: Source;
  /** Smallest relative change that counts, as a fraction of the starting score (0.3 = 30 %). */
  fraction: number;
  fractionName: string;
  fractionSource: Source;
  /** Starting scores outside [low, high] show change poorly: such a change is described, not labelled. */
  reliableRange?: readonly [number, number];
}

/** One questionnaire, as published. */
export interface Instrument {
  id: InstrumentId;
  /** The version of the wording stored with every answer (a later wording would be a new version). */
  version: string;
  name: string;
  shortName: string;
  /** What the person reads before the items. */
  instructions: string;
  items: readonly Item[];
  /** The period the answers describe. */
  recall: 'past week' | 'today';
  /** How the score is made, in words. */
  scoring: string;
  scoreMin: number;
  scoreMax: number;
  /** Decimals the score keeps. */
  decimals: number;
  /** Higher scores mean more pain or disability for both instruments: lower is better. */
  better: 'lower';
  change: ChangeRules;
  source: Source;
  /** Who may use the wording, as its authors state. */
  licence: string;
}

const KREBS_2009: Source = {
  short: 'Krebs et al., J Gen Intern Med 2009',
  full: 'Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733–738.',
};

const REED_2024: Source = {
  short: 'Reed et al., J Pain 2024',
  full: 'Reed et al. The minimal important difference of the PEG scale: anchor-based estimates of 1.0–1.75 points. J Pain. 2024.',
};

const ROLAND_1983: Source = {
  short: 'Roland & Morris, Spine 1983',
  full: 'Roland MO, Morris RW. A study of the natural history of back pain. Part 1: Development of a reliable and sensitive measure of disability in low-back pain. Spine. 1983;8(2):141–144.',
};

const OSTELO_2008: Source = {
  short: 'Ostelo et al., Spine 2008',
  full: 'Ostelo RW, Deyo RA, Stratford P, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine. 2008;33(1):90–94.',
};

const INTERFERES: readonly [string, string] = ['Does not interfere', 'Completely interferes'];

/** The PEG: pain, enjoyment of life, general activity, each 0–10 over the past week; the score is their mean. */
export const PEG: Instrument = {
  id: 'peg',
  version: '2009',
  name: 'PEG (pain, enjoyment of life, general activity)',
  shortName: 'PEG',
  instructions: 'Think about the past week. Choose the number that best describes your answer to each question.',
  items: [
    {
      text: 'What number best describes your pain on average in the past week?',
      min: 0,
      max: 10,
      anchors: ['No pain', 'Pain as bad as you can imagine'],
    },
    {
      text: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
      min: 0,
      max: 10,
      anchors: INTERFERES,
    },
    {
      text: 'What number best describes how, during the past week, pain has interfered with your general activity?',
      min: 0,
      max: 10,
      anchors: INTERFERES,
    },
  ],
  recall: 'past week',
  scoring: 'The mean of the three answers, to one decimal (0–10; higher means more pain and interference).',
  scoreMin: 0,
  scoreMax: 10,
  decimals: 1,
  better: 'lower',
  change: {
    points: 1,
    pointsName: 'minimal important difference of about 1 point (anchor-based estimates 1.0–1.75)',
    pointsSource: REED_2024,
    fraction: 0.3,
    fractionName: '30 % improvement, clinically meaningful',
    fractionSource: KREBS_2009,
  },
  source: KREBS_2009,
  licence: 'Free to use (Krebs et al. 2009).',
};

// The 24 statements as in the English original form distributed by the authors with the note "This questionnaire is
// taken from: Roland MO, Morris RW … Spine 1983; 8: 141-144". Item 9 there reads "more slowly then usual", a typing
// slip for "than" (the published versions and item 3 say "than"); it is corrected here and nowhere else.
const RMDQ_STATEMENTS = [
  'I stay at home most of the time because of my back.',
  'I change position frequently to try and get my back comfortable.',
  'I walk more slowly than usual because of my back.',
  'Because of my back I am not doing any of the jobs that I usually do around the house.',
  'Because of my back, I use a handrail to get upstairs.',
  'Because of my back, I lie down to rest more often.',
  'Because of my back, I have to hold on to something to get out of an easy chair.',
  'Because of my back, I try to get other people to do things for me.',
  'I get dressed more slowly than usual because of my back.',
  'I only stand for short periods of time because of my back.',
  'Because of my back, I try not to bend or kneel down.',
  'I find it difficult to get out of a chair because of my back.',
  'My back is painful almost all the time.',
  'I find it difficult to turn over in bed because of my back.',
  'My appetite is not very good because of my back pain.',
  'I have trouble putting on my socks (or stockings) because of the pain in my back.',
  'I only walk short distances because of my back.',
  'I sleep less well because of my back.',
  'Because of my back pain, I get dressed with help from someone else.',
  'I sit down for most of the day because of my back.',
  'I avoid heavy jobs around the house because of my back.',
  'Because of my back pain, I am more irritable and bad tempered with people than usual.',
  'Because of my back, I go upstairs more slowly than usual.',
  'I stay in bed most of the time because of my back.',
] as const;

/** The Roland-Morris Disability Questionnaire, 24 statements ticked if they describe you today; the score is the count. */
export const RMDQ24: Instrument = {
  id: 'rmdq24',
  version: '1983',
  name: 'Roland-Morris Disability Questionnaire (24 items)',
  shortName: 'Roland-Morris',
  instructions:
    'When your back hurts, you may find it difficult to do some of the things you normally do. When you read a ' +
    'sentence that describes you today, put a tick against it. If the sentence does not describe you, then leave ' +
    'the space blank and go on to the next one. Remember, only tick the sentence if you are sure it describes you today.',
  items: RMDQ_STATEMENTS.map((text) => ({ text, min: 0, max: 1 })),
  recall: 'today',
  scoring: 'The number of statements ticked (0–24; higher means more disability).',
  scoreMin: 0,
  scoreMax: 24,
  decimals: 0,
  better: 'lower',
  change: {
    points: 5,
    pointsName: '5 points, clinically important',
    pointsSource: OSTELO_2008,
    fraction: 0.3,
    fractionName: '30 %, clinically important',
    fractionSource: OSTELO_2008,
    reliableRange: [4, 20],
  },
  source: ROLAND_1983,
  licence: 'Free to reproduce as published (Roland & Fairbank, Spine 2000).',
};

/** Every instrument, by id. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = { peg: PEG, rmdq24: RMDQ24 };

/** The instrument ids, in the order screens list them. */
export const INSTRUMENT_IDS: readonly InstrumentId[] = ['peg', 'rmdq24'];

/** True when `value` names an instrument the journal knows. */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && Object.hasOwn(INSTRUMENTS, value);
}
