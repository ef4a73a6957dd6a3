// Today's data-safety notices (backup due, restore after the browser cleared storage). Owned by the data-safety feature.
/** Notices about the journal's safety; nothing when all is well. */
export function TodayDataNotices() {
  return null;
}
