// Ships on first load: the fixed vocabularies every screen and the data layer share. Keep it data only.

/** Body regions: the 19 of the Widespread Pain Index plus the ones a massage client needs. Left/right are the person's own. */
export const REGIONS = [
  { id: 'head', label: 'Head', wpi: false },
  { id: 'jaw-left', label: 'Jaw, left', wpi: true },
  { id: 'jaw-right', label: 'Jaw, right', wpi: true },
  { id: 'neck', label: 'Neck', wpi: true },
  { id: 'shoulder-left', label: 'Shoulder, left', wpi: true },
  { id: 'shoulder-right', label: 'Shoulder, right', wpi: true },
  { id: 'upper-arm-left', label: 'Upper arm, left', wpi: true },
  { id: 'upper-arm-right', label: 'Upper arm, right', wpi: true },
  { id: 'lower-arm-left', label: 'Lower arm, left', wpi: true },
  { id: 'lower-arm-right', label: 'Lower arm, right', wpi: true },
  { id: 'hand-left', label: 'Hand and wrist, left', wpi: false },
  { id: 'hand-right', label: 'Hand and wrist, right', wpi: false },
  { id: 'chest', label: 'Chest', wpi: true },
  { id: 'abdomen', label: 'Abdomen', wpi: true },
  { id: 'upper-back', label: 'Upper back', wpi: true },
  { id: 'mid-back', label: 'Mid back', wpi: false },
  { id: 'lower-back', label: 'Lower back', wpi: true },
  { id: 'hip-left', label: 'Hip, left', wpi: true },
  { id: 'hip-right', label: 'Hip, right', wpi: true },
  { id: 'glute-left', label: 'Glute, left', wpi: false },
  { id: 'glute-right', label: 'Glute, right', wpi: false },
  { id: 'upper-leg-left', label: 'Upper leg, left', wpi: true },
  { id: 'upper-leg-right', label: 'Upper leg, right', wpi: true },
  { id: 'knee-left', label: 'Knee, left', wpi: false },
  { id: 'knee-right', label: 'Knee, right', wpi: false },
  { id: 'lower-leg-left', label: 'Lower leg, left', wpi: true },
  { id: 'lower-leg-right', label: 'Lower leg, right', wpi: true },
  { id: 'foot-left', label: 'Foot and ankle, left', wpi: false },
  { id: 'foot-right', label: 'Foot and ankle, right', wpi: false },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];

/** Massage and manual-therapy techniques a session can record. */
export const TECHNIQUES = [
  { id: 'deep-tissue', label: 'Deep tissue' },
  { id: 'myofascial', label: 'Myofascial release' },
  { id: 'trigger-point', label: 'Trigger point therapy' },
  { id: 'sports', label: 'Sports massage' },
  { id: 'swedish', label: 'Swedish / relaxation' },
  { id: 'prenatal', label: 'Prenatal' },
  { id: 'lymphatic', label: 'Lymphatic drainage' },
  { id: 'stretching', label: 'Stretching / assisted' },
  { id: 'other', label: 'Other' },
] as const;

export type TechniqueId = (typeof TECHNIQUES)[number]['id'];

/** How firm the session was, gentlest first. */
export const PRESSURES = [
  { id: 'gentle', label: 'Gentle' },
  { id: 'moderate', label: 'Moderate' },
  { id: 'firm', label: 'Firm' },
  { id: 'deep', label: 'Deep / intense' },
] as const;

export type PressureId = (typeof PRESSURES)[number]['id'];

/** Aftercare a therapist may give; "other" carries free text on the session. */
export const AFTERCARE = [
  { id: 'water', label: 'Drink water' },
  { id: 'stretches', label: 'Stretches' },
  { id: 'heat', label: 'Heat' },
  { id: 'cold', label: 'Cold' },
  { id: 'rest', label: 'Rest' },
  { id: 'ergonomic', label: 'Ergonomic change' },
  { id: 'other', label: 'Other' },
] as const;

export type AftercareId = (typeof AFTERCARE)[number]['id'];

/** Words for what the pain feels like. */
export const QUALITIES = [
  { id: 'aching', label: 'Aching' },
  { id: 'sharp', label: 'Sharp' },
  { id: 'burning', label: 'Burning' },
  { id: 'stiff', label: 'Stiff' },
  { id: 'throbbing', label: 'Throbbing' },
  { id: 'tingling', label: 'Tingling' },
  { id: 'numb', label: 'Numb' },
] as const;

export type QualityId = (typeof QUALITIES)[number]['id'];

/** PSFS examples offered when adding a mobility activity. */
export const ACTIVITY_EXAMPLES = [
  'Reach the top shelf',
  'Sit through a movie',
  'Turn my head to reverse the car',
  'Carry the shopping',
  'Sleep through the night',
  'Walk for 30 minutes',
  'Lift my child',
  'Work at my desk for an hour',
] as const;

/** The most mobility activities that can be active at once (PSFS asks for up to five). */
export const MAX_ACTIVE_ACTIVITIES = 5;

/** Longest note, in characters. */
export const NOTE_MAX = 2000;

/** Longest name of an activity, measure, provider or unit, in characters. */
export const NAME_MAX = 80;

/** Label for an id from one of the lists above, or the id itself if unknown. */
export function labelOf(list: readonly { id: string; label: string }[], id: string): string {
  return list.find((item) => item.id === id)?.label ?? id;
}

const ids = (list: readonly { id: string }[]) => new Set<string>(list.map((item) => item.id));
/** Sets of known ids, for validation. */
export const REGION_IDS = ids(REGIONS);
export const TECHNIQUE_IDS = ids(TECHNIQUES);
export const PRESSURE_IDS = ids(PRESSURES);
export const AFTERCARE_IDS = ids(AFTERCARE);
export const QUALITY_IDS = ids(QUALITIES);
