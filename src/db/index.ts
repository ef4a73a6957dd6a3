// The data layer's public surface: its own lazy chunk, reached through `data()` in src/app/data.ts.
// Screens read with live queries over these functions and write only through the named functions below.
// Each name is listed because the app uses it: the app loads this module as one namespace, so whatever is exported
// here ships (tests/unit/db/public-surface.test.ts keeps it that way). Tests reach the same module in the built app
// (tests/e2e/support/data-layer.ts) and use only what ships.
export { liveQuery } from 'dexie';
// `db`, the Dexie instance, is the one name here the app itself does not use: tests and the benchmark seed years of
// rows through it in bulk. The instance ships either way (every function here uses it); exporting it adds a name.
export { db, onOutdated, onVersionChange, type VersionChangeHandler } from './database';
export { SCHEMA_VERSION, type Migration, type TableName } from './schema';
export type { StampedTable } from './write';
export {
  checkinTimesFrom,
  checkinsBetween,
  checkinsOnDay,
  checkinsUpTo,
  countCheckins,
  deleteCheckin,
  getCheckin,
  saveCheckin,
  undoDeleteCheckin,
  type CheckinInput,
} from './checkins';
export {
  answerSoreness,
  deleteSession,
  getSession,
  listSessions,
  saveSession,
  sessionsBetween,
  setAftercareDone,
  undoDeleteSession,
  type SessionInput,
} from './sessions';
export {
  activeActivities,
  addActivity,
  archiveActivity,
  listActivities,
  renameActivity,
  unarchiveActivity,
} from './activities';
export {
  addMeasure,
  archiveMeasure,
  listMeasures,
  unarchiveMeasure,
  updateMeasure,
  type MeasureInput,
} from './measures';
export {
  activeGoals,
  deleteGoal,
  getGoal,
  listGoals,
  saveGoal,
  setGoalStatus,
  undoDeleteGoal,
  type GoalInput,
} from './goals';
export {
  deleteQuestionnaire,
  getQuestionnaire,
  questionnairesBetween,
  questionnairesOf,
  recentQuestionnaireDays,
  saveQuestionnaire,
  undoDeleteQuestionnaire,
  type QuestionnaireInput,
} from './questionnaires';
export { getSetting, setSetting } from './settings';
export { clearDraft, listDrafts, saveDraft } from './drafts';
export {
  endPlanItem,
  getPlanItem,
  listPlanItems,
  pausePlanItem,
  planTicksBetween,
  resumePlanItem,
  savePlanItem,
  setPlanTicks,
  tickPlanItem,
  type PlanItemInput,
} from './plan';
export {
  answerHelped,
  deleteTreatment,
  getTreatment,
  recentTreatments,
  saveTreatment,
  treatmentsBetween,
  putTreatmentBack,
  type TreatmentInput,
} from './treatments';
export { historyPage, type HistoryEntry, type HistoryPage } from './history';
export { countAll, deleteEverything, journalHasEntries } from './everything';
export { requestPersistentStorage, storageStatus, type StorageStatus } from './persistence';
export { forgetJournalHadData, journalHadData } from './had-data';
export {
  applyRestore,
  backupStatus,
  exportAll,
  noteBackupMade,
  restoreBaseline,
  type BackupStatus,
  type RestoreOutcome,
  type RestoreProgress,
} from './backup';
