// A small, valid journal for backup tests: one row of each kind, two check-ins, two settings; in primary-key order,
// as the database returns them.
import type { BackupData } from '../../../src/domain/backup-format';
import { activityRow, checkinRow, goalRow, measureRow, questionnaireRow, sessionRow } from '../../fixtures/rows';

export const SECOND_ID = '9c5b94b1-35ad-49bb-b118-8e8fc24abf80';

/** A fresh copy of the sample data each time. */
export function sampleData(): BackupData {
  return {
    checkins: [
      checkinRow(),
      { ...checkinRow(), id: SECOND_ID, pain: 2, note: '<img src=x onerror=alert(1)> "quoted" 😀' },
    ],
    sessions: [sessionRow()],
    activities: [activityRow()],
    measures: [measureRow()],
    goals: [goalRow()],
    questionnaires: [questionnaireRow()],
    settings: [
      { key: 'name', value: 'Ana', updatedAt: '2026-03-01T09:00:00.000Z' },
      { key: 'usualRegions', value: ['lower-back', 'neck'], updatedAt: '2026-03-01T09:00:00.000Z' },
    ],
    planItems: [],
    planTicks: [],
    treatments: [],
  };
}

export const META = { schemaVersion: 2, appVersion: '0.1.0', exportedAt: '2026-03-02T10:00:00.000Z' };
