// Today's goal cards. Owned by the goals feature; Today renders it below the check-in.
/** A card per active goal with its progress; nothing when there are none. */
export function TodayGoals() {
  return null;
}
