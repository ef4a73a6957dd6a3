// Welcome, step 1: what Pain Journal keeps, that it never leaves the phone, and how to install it.
import { useInstall } from '../../app/install';
import { InstallHelp } from '../install/InstallHelp';

const KEEPS = [
  { title: 'How much it hurts, and where', text: 'A quick check-in takes about ten seconds.' },
  { title: 'How you are moving', text: 'Everyday things that are hard right now, like reaching a shelf.' },
  { title: 'Your sessions', text: 'What was done, how you felt before and after, and the aftercare.' },
  { title: 'Goals with your therapist', text: 'And whether you are on track.' },
];

/** Plain words about the journal and privacy, with install help for this browser. */
export function StepAbout() {
  const { installed } = useInstall();
  return (
    <>
      <p>Between appointments, Pain Journal keeps track of:</p>
      <ul class="welcome-keeps">
        {KEEPS.map((item) => (
          <li key={item.title}>
            <strong>{item.title}.</strong> <span class="muted">{item.text}</span>
          </li>
        ))}
      </ul>
      <p>Before an appointment, it shows the trend as a picture or a printed page to bring along.</p>
      <div class="notice welcome-private">
        <p>
          <strong>It never leaves this phone.</strong> There is no account, and nothing you write is sent anywhere: not
          to us, not to anyone. You decide what to show your therapist.
        </p>
        <p>Because it lives only here, keep a backup file now and then. Settings makes one.</p>
      </div>
      {!installed && (
        <details class="welcome-install">
          <summary>Keep it safer: add it to your home screen</summary>
          <InstallHelp />
        </details>
      )}
    </>
  );
}
