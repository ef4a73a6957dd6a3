import { describe, expect, it } from 'vitest';
import { NAME_MAX } from '../../../src/domain/catalog';
import {
  activitiesToAdd,
  addOwnActivity,
  checkWelcomeGoal,
  emptyWelcomeGoal,
  toggleActivity,
  WELCOME_ACTIVITIES,
  type WelcomeGoalForm,
} from '../../../src/domain/first-run';

describe('toggleActivity', () => {
  it('adds a name, and removes it when chosen again however it is spelled', () => {
    const one = toggleActivity([], 'Reach the top shelf');
    expect(one).toEqual(['Reach the top shelf']);
    expect(toggleActivity(one, '  reach the  TOP shelf ')).toEqual([]);
  });

  it('refuses a fourth, leaving the three as they were', () => {
    const three = ['A', 'B', 'C'];
    expect(WELCOME_ACTIVITIES).toBe(3);
    expect(toggleActivity(three, 'D')).toEqual(three);
    expect(toggleActivity(three, 'b')).toEqual(['A', 'C']);
  });
});

describe('addOwnActivity', () => {
  it('adds the typed words, tidied', () => {
    expect(addOwnActivity(['A'], '  Get   dressed ')).toEqual({ chosen: ['A', 'Get dressed'] });
  });

  it('says why it cannot add: empty, too long, already chosen, or three already', () => {
    expect(addOwnActivity([], '   ')).toMatchObject({ error: expect.stringMatching(/type/i) });
    expect(addOwnActivity([], 'x'.repeat(NAME_MAX + 1))).toMatchObject({
      error: expect.stringContaining(String(NAME_MAX)),
    });
    expect(addOwnActivity(['Get dressed'], 'get DRESSED')).toMatchObject({ error: expect.stringMatching(/already/i) });
    expect(addOwnActivity(['A', 'B', 'C'], 'D')).toMatchObject({ error: expect.stringMatching(/untick/i) });
  });
});

describe('activitiesToAdd', () => {
  it('skips names already active and repeated names', () => {
    expect(activitiesToAdd(['Walk', 'sleep', 'Sleep '], [{ name: 'walk' }])).toEqual(['sleep']);
  });

  it('stays within the five active activities', () => {
    const active = ['1', '2', '3', '4'].map((name) => ({ name }));
    expect(activitiesToAdd(['A', 'B', 'C'], active)).toEqual(['A']);
    expect(activitiesToAdd(['A'], [...active, { name: '5' }])).toEqual([]);
  });
});

describe('checkWelcomeGoal', () => {
  const today = '2026-11-20';
  const form = (over: Partial<WelcomeGoalForm> = {}): WelcomeGoalForm => ({ ...emptyWelcomeGoal(), ...over });

  it('means no goal when neither number is typed', () => {
    expect(checkWelcomeGoal(form(), today)).toEqual({ none: true });
    expect(checkWelcomeGoal(form({ what: 'region:neck', weeks: '' }), today)).toEqual({ none: true });
  });

  it('makes an overall pain goal from today, due after the weeks given', () => {
    expect(checkWelcomeGoal(form({ from: '7', to: '3' }), today)).toEqual({
      ok: true,
      goal: {
        kind: 'pain',
        ref: null,
        baseline: 7,
        target: 3,
        targetPercent: null,
        startDay: today,
        dueDay: '2027-01-01',
      },
      activityName: null,
    });
  });

  it('makes a goal for one region, or for an activity named but not yet created', () => {
    expect(
      checkWelcomeGoal(form({ what: 'region:lower-back', from: '6,5', to: '2', weeks: '8' }), today),
    ).toMatchObject({
      ok: true,
      goal: { kind: 'region', ref: 'lower-back', baseline: 6.5, target: 2, dueDay: '2027-01-15' },
    });
    expect(checkWelcomeGoal(form({ what: 'activity:Reach the top shelf', from: '3', to: '8' }), today)).toMatchObject({
      ok: true,
      goal: { kind: 'activity', ref: 'Reach the top shelf', baseline: 3, target: 8 },
      activityName: 'Reach the top shelf',
    });
  });

  it('names each wrong field in the welcome’s own words', () => {
    const result = checkWelcomeGoal(form({ from: '7', to: '', weeks: '0' }), today);
    expect(result).toEqual({
      ok: false,
      errors: { to: expect.stringMatching(/aiming/), weeks: expect.stringMatching(/1 to 104/) },
    });
    expect(checkWelcomeGoal(form({ from: '', to: '3' }), today)).toEqual({
      ok: false,
      errors: { from: expect.stringMatching(/where it is now/) },
    });
    expect(checkWelcomeGoal(form({ from: '3', to: '7' }), today)).toEqual({
      ok: false,
      errors: { to: 'For pain, aim lower than where it is now.' },
    });
    expect(checkWelcomeGoal(form({ what: 'activity:Walk', from: '8', to: '3' }), today)).toMatchObject({
      ok: false,
      errors: { to: expect.stringMatching(/higher/) },
    });
    expect(checkWelcomeGoal(form({ from: '12', to: '3' }), today)).toMatchObject({
      ok: false,
      errors: { from: expect.stringMatching(/0 to 10/) },
    });
    expect(checkWelcomeGoal(form({ from: '5', to: '5' }), today)).toMatchObject({
      ok: false,
      errors: { to: expect.stringMatching(/differ/) },
    });
    expect(checkWelcomeGoal(form({ what: 'region:nowhere', from: '7', to: '3' }), today)).toMatchObject({
      ok: false,
      errors: { what: expect.any(String) },
    });
    expect(checkWelcomeGoal(form({ what: 'mood', from: '7', to: '3' }), today)).toMatchObject({
      ok: false,
      errors: { what: expect.any(String) },
    });
    expect(checkWelcomeGoal(form({ from: '7', to: '3', weeks: '2.5' }), today)).toMatchObject({
      ok: false,
      errors: { weeks: expect.any(String) },
    });
  });
});
