// What the questionnaire offers and screens need, read live: the PEG day, this week's PEG and Roland-Morris offers,
// and which week a new answer describes.
import { useLiveQuery } from '../../app/data';
import { addDays, localDay } from '../../domain/days';
import {
  backIsInvolved,
  type Offer,
  type PegDayReason,
  pegOffer,
  pegWeekday,
  pegWeekOf,
  rmdqOffer,
} from '../../domain/questionnaires/schedule';
import { PEG_DISMISSED_WEEK, PEG_WEEKDAY, RMDQ_DISMISSED_ON, USUAL_REGIONS } from '../../domain/settings-keys';
import type { Day } from '../../domain/types';

/** Today's questionnaire facts. */
export interface QuestionnaireFacts {
  today: Day;
  pegDay: number;
  pegDayReason: PegDayReason;
  /** The weekday stored in Settings, or null when the PEG day follows the sessions (or Monday). */
  chosenPegDay: number | null;
  /** The first day of the current PEG week: the week a PEG answered today describes. */
  pegWeek: Day;
  peg: Offer | null;
  rmdq: Offer | null;
  backInvolved: boolean;
}

const asDay = (value: unknown): Day | null => (typeof value === 'string' ? value : null);

/** Reads settings, sessions, goals and recent answers, and applies the offer rules for today. */
export function useQuestionnaireFacts(today: Day = localDay()): QuestionnaireFacts | undefined {
  return useLiveQuery(
    async (layer) => {
      const [chosen, usual, pegDismissed, rmdqDismissed, sessions, goals, answers] = await Promise.all([
        layer.getSetting<unknown>(PEG_WEEKDAY, null),
        layer.getSetting<unknown>(USUAL_REGIONS, []),
        layer.getSetting<unknown>(PEG_DISMISSED_WEEK, null),
        layer.getSetting<unknown>(RMDQ_DISMISSED_ON, null),
        layer.listSessions(),
        layer.activeGoals(),
        layer.recentQuestionnaireDays(addDays(today, -400)),
      ]);
      const chosenPegDay = typeof chosen === 'number' ? chosen : null;
      const { weekday, reason } = pegWeekday(
        chosenPegDay,
        sessions.map((s) => s.day),
        today,
      );
      const goalRegions = goals.filter((g) => g.kind === 'region' && g.ref).map((g) => g.ref as string);
      const backInvolved = backIsInvolved(Array.isArray(usual) ? (usual as string[]) : [], goalRegions);
      return {
        today,
        pegDay: weekday,
        pegDayReason: reason,
        chosenPegDay,
        pegWeek: pegWeekOf(today, weekday),
        peg: pegOffer({ today, pegDay: weekday, answers, dismissedWeek: asDay(pegDismissed) }),
        rmdq: rmdqOffer({ today, backInvolved, answers, dismissedOn: asDay(rmdqDismissed) }),
        backInvolved,
      };
    },
    [today],
  );
}
