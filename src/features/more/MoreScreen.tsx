// More: the places that are not daily, as a plain list of links.
import type { RouteProps } from '../../app/route-props';
import { Screen } from '../../ui/Screen';

const LINKS = [
  { href: '/plan', label: 'Your plan', hint: 'The home programme between sessions: stretches, heat, desk changes' },
  { href: '/treatments', label: 'Treatments', hint: 'What you took or did for the pain, and whether it helped' },
  { href: '/goals', label: 'Goals', hint: 'Measurable goals set with your therapist' },
  { href: '/activities', label: 'Activities and measures', hint: 'What you rate for mobility, and your own measures' },
  { href: '/trends/report', label: 'Report for your therapist', hint: 'One printable page' },
  { href: '/questionnaires', label: 'Questionnaires', hint: 'The weekly PEG and the Roland-Morris for backs' },
  { href: '/export/fhir', label: 'Export for a clinic (FHIR)', hint: 'One file for a clinic’s record system' },
  { href: '/settings', label: 'Settings and data', hint: 'Backup, restore, export, reminders, appearance' },
];

/** Goals, activities, the report, settings and data. */
export default function MoreScreen(_props: RouteProps) {
  return (
    <Screen title="More">
      <ul class="list card more-list">
        {LINKS.map((link) => (
          <li key={link.href}>
            <a class="list-item" href={link.href}>
              <span>
                <strong>{link.label}</strong>
                <br />
                <span class="muted small">{link.hint}</span>
              </span>
              <span aria-hidden="true" class="more-chevron">
                ›
              </span>
            </a>
          </li>
        ))}
      </ul>
      <p class="muted small more-privacy">
        Pain Journal keeps everything on this device. Nothing you enter is sent anywhere. Version {__APP_VERSION__}.
      </p>
    </Screen>
  );
}
