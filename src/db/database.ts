// The Dexie database: typed tables built from the migration list, one shared instance, and the
// versionchange guard that keeps an old tab from writing old-shaped rows after another tab upgraded.
import Dexie, { type Table } from 'dexie';
import type {
  Activity,
  Checkin,
  Draft,
  Goal,
  Measure,
  PlanItem,
  PlanTick,
  QuestionnaireResponse,
  Session,
  Setting,
  Treatment,
} from '../domain/types';
import { DB_NAME, MIGRATIONS, type Migration } from './schema';

/** Called when another tab opens a newer schema (or deletes the database); the app saves drafts and reloads. */
export type VersionChangeHandler = (event: IDBVersionChangeEvent) => void | Promise<void>;

const closeOnly: VersionChangeHandler = () => {};
let versionChangeHandler = closeOnly;

/** How long the handler may take (saving drafts) before this connection closes anyway, so the other tab is never stuck. */
export const VERSION_CHANGE_GRACE_MS = 3000;

/** Registers what happens when another tab upgrades the database; returns a function that restores the default (just close). */
export function onVersionChange(handler: VersionChangeHandler): () => void {
  versionChangeHandler = handler;
  return () => {
    if (versionChangeHandler === handler) versionChangeHandler = closeOnly;
  };
}

let outdatedHandler: () => void = () => {};

/** Registers what happens when the database on disk turns out to be newer than this code (opened after an upgrade elsewhere). */
export function onOutdated(handler: () => void): () => void {
  outdatedHandler = handler;
  // Registered after the shared database already opened outdated: tell it now.
  if (db.openedOutdated) handler();
  return () => {
    if (outdatedHandler === handler) outdatedHandler = () => {};
  };
}

/** The journal's IndexedDB database. Pass a prefix of MIGRATIONS to build an older schema (migration tests). */
export class PainJournalDB extends Dexie {
  declare checkins: Table<Checkin, string>;
  declare sessions: Table<Session, string>;
  declare activities: Table<Activity, string>;
  declare measures: Table<Measure, string>;
  declare goals: Table<Goal, string>;
  declare questionnaires: Table<QuestionnaireResponse, string>;
  declare settings: Table<Setting, string>;
  declare drafts: Table<Draft, string>;
  declare planItems: Table<PlanItem, string>;
  declare planTicks: Table<PlanTick, string>;
  declare treatments: Table<Treatment, string>;

  /** True once another tab asked to upgrade: guardedWrite refuses all but draft writes from then on. */
  closedForUpgrade = false;

  /** True when this code opened a database a newer version of the app had already upgraded. */
  openedOutdated = false;

  constructor(name: string = DB_NAME, migrations: readonly Migration[] = MIGRATIONS) {
    super(name);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores as Record<string, string | null>);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    // Dexie 4 opens a database a newer app already upgraded, without an error (it adapts to the installed version), and
    // this old code would then write old-shaped rows into it. Dexie stores version n as n × 10 and its own index
    // patches add less than 10, so only a whole step up means a newer app: then only drafts may be written.
    this.on(
      'ready',
      () => {
        if (Math.floor(this.backendDB().version / 10) > this.verno) {
          this.closedForUpgrade = true;
          this.openedOutdated = true;
          outdatedHandler();
        }
      },
      true,
    );
    this.on('versionchange', (event) => {
      this.closeForUpgrade(event);
      // Returning false skips Dexie's own handler, which closes with auto-reopen: the next query would then
      // silently reopen the upgraded database under this tab's old code.
      return false;
    });
  }

  private closeForUpgrade(event: IDBVersionChangeEvent): void {
    this.closedForUpgrade = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, VERSION_CHANGE_GRACE_MS)));
    // The connection stays open while the handler runs, so it can still save drafts; the upgrade waits for the close.
    void Promise.race([Promise.resolve().then(() => versionChangeHandler(event)), grace])
      .catch((error: unknown) => console.error('Version change handler failed', error))
      .finally(() => {
        clearTimeout(timer);
        this.close({ disableAutoOpen: true });
      });
  }
}

/** The one shared database every read and write goes through. */
export const db = new PainJournalDB();
