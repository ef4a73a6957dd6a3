// Ships on first load. The few line icons the navigation needs, drawn inline (no icon font, no request).
import type { SVGAttributes } from 'preact';

const paths = {
  today:
    'M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  trends: 'M4 19h16M5 15l4-4 3 3 6-7',
  sessions: 'M7 4h10a2 2 0 0 1 2 2v14l-7-3-7 3V6a2 2 0 0 1 2-2z',
  history: 'M12 7v5l3 2M4 12a8 8 0 1 0 2.3-5.6M4 4v3h3',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
} as const;

/** Names of the available icons. */
export type IconName = keyof typeof paths;

/** A 24×24 stroke icon; decorative, so hidden from assistive technology. */
export function Icon({ name, ...rest }: { name: IconName } & SVGAttributes<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width={name === 'more' ? 3.2 : 1.9}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      {...rest}
    >
      <path d={paths[name]} />
    </svg>
  );
}
