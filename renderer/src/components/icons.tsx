// Small line icons, drawn to one grid (20×20, 1.6 stroke) so they sit together quietly.

type IconProps = Readonly<{ size?: number }>;

function Icon({ size = 20, children }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="icon"
    >
      {children}
    </svg>
  );
}

export const JournalIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 3.5h9.5a2 2 0 0 1 2 2v11H6a2 2 0 0 1-2-2z" />
    <path d="M4 14.5a2 2 0 0 1 2-2h9.5" />
    <path d="M7.5 7h5" />
  </Icon>
);

export const TrendsIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 16.5h14" />
    <path d="M4 13l4-4 3 2.5L16 5.5" />
  </Icon>
);

export const SummaryIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5.5 2.5h6l3.5 3.5v11.5h-9.5z" />
    <path d="M11.5 2.5V6H15" />
    <path d="M8 10h5M8 13h5" />
  </Icon>
);

export const SettingsIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="10" cy="10" r="2.5" />
    <path d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4" />
  </Icon>
);

export const LockIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="4.5" y="9" width="11" height="8" rx="1.8" />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
  </Icon>
);
