/** "Moved to the trash", with the way back right there. */
export function TrashToast({
  title,
  onUndo,
  onDismiss,
}: {
  title: string;
  onUndo(): void;
  onDismiss(): void;
}) {
  return (
    <div className="toast" role="status">
      <span className="toast__text">
        “{title.length > 48 ? `${title.slice(0, 47)}…` : title}” is in the trash for 30 days.
      </span>
      <button type="button" className="button button--small" onClick={onUndo}>
        Undo
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={onDismiss}
        aria-label="Dismiss"
      >
        ✕
      </button>
    </div>
  );
}
