// The welcome's writes (in the welcome's chunk): saving what was chosen and marking the welcome done, with the words.
import { data } from '../../app/data';
import { navigate } from '../../app/router';
import { activitiesToAdd, type checkWelcomeGoal } from '../../domain/first-run';
import { sameNamed } from '../../domain/names';
import { USUAL_REGIONS } from '../../domain/settings-keys';
import { showToast } from '../../ui/toast';
import { markOnboarded } from './first-run';
import type { WelcomeDraft } from './welcome-draft';

/**
 * Saves the places, the activities and (when checked and asked for) the goal, marks the welcome done, runs `saved`
 * (to end the draft), says what was saved and opens the first check-in. Throws if the data layer refused a write.
 */
export async function finishWelcome(
  value: WelcomeDraft,
  goalCheck: ReturnType<typeof checkWelcomeGoal> | { none: true },
  saved?: () => void,
): Promise<void> {
  const layer = await data();
  if (value.regions.length) await layer.setSetting(USUAL_REGIONS, value.regions);
  const active = await layer.activeActivities();
  for (const name of activitiesToAdd(value.activities, active)) active.push(await layer.addActivity(name));
  let goalSaved = false;
  if ('ok' in goalCheck && goalCheck.ok) {
    const activity = goalCheck.activityName === null ? null : sameNamed(active, goalCheck.activityName);
    if (goalCheck.activityName === null || activity) {
      await layer.saveGoal({ ...goalCheck.goal, ref: activity ? activity.id : goalCheck.goal.ref });
      goalSaved = true;
    }
  }
  await markOnboarded(layer);
  saved?.();
  const words = [
    value.regions.length && plural(value.regions.length, 'place'),
    value.activities.length && plural(value.activities.length, 'activity', 'activities'),
    goalSaved && 'your goal',
  ].filter(Boolean);
  if (words.length)
    showToast({ message: `Saved ${joinWords(words as string[])}. Now your first check-in.`, tone: 'success' });
  navigate('/checkin');
}

/** A journal came back from a backup: marks the welcome done (a failure is only logged; Today shows either way). */
export async function markRestoredOnboarded(): Promise<void> {
  await data()
    .then(markOnboarded)
    .catch((error) => console.error('Could not mark the welcome done', error));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinWords(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
