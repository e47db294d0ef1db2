// What the person reads before a link from an entry leaves Twofold. Plain data, so a test can
// check it without Electron.

export type LinkConfirmation = Readonly<{
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
  /** Index of the button that opens the link. */
  openButton: number;
}>;

export function linkConfirmation(url: string): LinkConfirmation {
  const mail = url.startsWith('mailto:');
  return {
    type: 'question',
    title: 'Twofold',
    message: mail ? 'Write this email in your mail app?' : 'Open this link in your browser?',
    detail: `${mail ? url.slice('mailto:'.length) : url}\n\nIt leaves Twofold: the ${mail ? 'mail app' : 'website'} will know you followed it.`,
    buttons: ['Cancel', mail ? 'Open Mail' : 'Open Link'],
    // Enter and Escape both keep the person in Twofold; opening takes a deliberate click.
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    openButton: 1,
  };
}
