import { describe, expect, it } from 'vitest';
import { appointmentToLog } from '../../../src/domain/appointment-to-log';
import { session } from './make';

/** Local noon on `day`, as an instant: the tests' "now". */
const noon = (day: string) => new Date(`${day}T12:00:00`);
/** A local time on `day` as the stored instant. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00`).toISOString();

describe('appointmentToLog', () => {
  const booked = session('2026-03-02', {
    provider: 'Anna',
    at: at('2026-03-02', '10:00'),
    nextAppointment: at('2026-03-10', '09:30'),
  });

  it('offers a booked appointment once its time has passed, with the session that booked it', () => {
    expect(appointmentToLog([booked], new Date(`2026-03-10T09:00:00`))).toBeNull(); // not yet
    expect(appointmentToLog([booked], new Date(`2026-03-10T09:30:00`))).toEqual({
      at: booked.nextAppointment,
      bookedAt: booked,
    });
  });

  it('keeps offering on the appointment day and the two after, then stops', () => {
    expect(appointmentToLog([booked], noon('2026-03-11'))).not.toBeNull();
    expect(appointmentToLog([booked], noon('2026-03-12'))).not.toBeNull();
    expect(appointmentToLog([booked], noon('2026-03-13'))).toBeNull();
  });

  it('stops once a session is logged on the appointment day or later, whoever it names', () => {
    expect(
      appointmentToLog([booked, session('2026-03-10', { at: at('2026-03-10', '10:30') })], noon('2026-03-11')),
    ).toBeNull();
    expect(
      appointmentToLog([booked, session('2026-03-11', { provider: 'Someone else' })], noon('2026-03-11')),
    ).toBeNull();
    // A session logged before the appointment (another therapist, earlier that week) does not count as logging it.
    expect(appointmentToLog([booked, session('2026-03-08', { provider: 'Ben' })], noon('2026-03-11'))).not.toBeNull();
  });

  it('does not offer a dismissed appointment, but does offer the next one booked', () => {
    expect(appointmentToLog([booked], noon('2026-03-10'), booked.nextAppointment)).toBeNull();
    expect(appointmentToLog([booked], noon('2026-03-10'), at('2026-02-01', '09:00'))).not.toBeNull();
  });

  it("counts only each provider's latest booking, and offers the most recent appointment of all", () => {
    const moved = session('2026-03-05', {
      provider: ' anna ',
      at: at('2026-03-05', '10:00'),
      nextAppointment: at('2026-03-20', '09:30'),
    });
    // Anna's newer session moved the booking to the 20th: the 10th is not offered.
    expect(appointmentToLog([booked, moved], noon('2026-03-11'))).toBeNull();
    const ben = session('2026-03-06', {
      provider: 'Ben',
      at: at('2026-03-06', '10:00'),
      nextAppointment: at('2026-03-11', '08:00'),
    });
    expect(appointmentToLog([booked, ben], noon('2026-03-11'))).toEqual({ at: ben.nextAppointment, bookedAt: ben });
  });

  it('ignores sessions with no appointment or a malformed one', () => {
    expect(appointmentToLog([session('2026-03-02')], noon('2026-03-10'))).toBeNull();
    expect(appointmentToLog([session('2026-03-02', { nextAppointment: 'soon' })], noon('2026-03-10'))).toBeNull();
    expect(appointmentToLog([], noon('2026-03-10'))).toBeNull();
  });
});
