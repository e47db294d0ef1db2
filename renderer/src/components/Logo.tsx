/** Two overlapping rings: two whole people, one shared space. */
export function Logo({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" className="logo">
      <circle cx="15" cy="20" r="10.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
      <circle
        cx="25"
        cy="20"
        r="10.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        opacity="0.55"
      />
    </svg>
  );
}
