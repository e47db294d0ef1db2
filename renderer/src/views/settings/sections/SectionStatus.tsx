export type Status = Readonly<{ kind: 'saved' | 'error'; text: string }> | null;

/** "Saved", or what went wrong, beside a section's title. */
export function SectionStatus({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <span
      className={`settings-status settings-status--${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
    >
      {status.text}
    </span>
  );
}
