// Ships on first load. The bottom navigation: five places, each a real link with a visible label.
import { Icon, type IconName } from '../ui/icons';

const TABS: { href: string; label: string; icon: IconName; owns: RegExp }[] = [
  { href: '/', label: 'Today', icon: 'today', owns: /^\/(checkin)?$/ },
  { href: '/trends', label: 'Trends', icon: 'trends', owns: /^\/trends/ },
  { href: '/sessions', label: 'Sessions', icon: 'sessions', owns: /^\/sessions/ },
  { href: '/history', label: 'History', icon: 'history', owns: /^\/history/ },
  { href: '/more', label: 'More', icon: 'more', owns: /^\/(more|goals|settings|welcome|activities)/ },
];

/** Bottom tab bar; the current place carries aria-current="page". */
export function Nav({ path }: { path: string }) {
  return (
    <nav class="tabbar" aria-label="Main">
      <ul>
        {TABS.map((tab) => {
          const current = tab.owns.test(path);
          return (
            <li key={tab.href}>
              <a href={tab.href} aria-current={current ? 'page' : undefined}>
                <Icon name={tab.icon} />
                <span>{tab.label}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
