/**
 * What the host (the Electron app, the browser preview, a test) does for the core that the core
 * cannot do alone: ask the person where to save a file. Paths stay on this side of the bridge;
 * the renderer only ever learns whether the file was saved and under what name.
 */
export type SaveFileRequest = Readonly<{
  suggestedName: string;
  filters: ReadonlyArray<Readonly<{ name: string; extensions: readonly string[] }>>;
  bytes: Uint8Array;
}>;

export type SaveFileResult = Readonly<{ saved: false } | { saved: true; fileName: string }>;

export type Platform = Readonly<{
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Shows the person a link from an entry and opens it in their browser or mail app only if
   * they say yes. The URL has been checked (http, https or mailto). True if it was opened.
   */
  openLink(url: string): Promise<boolean>;
}>;

/** For tests and tools that never save files or open links. */
export const noPlatform: Platform = {
  saveFile: () => Promise.resolve({ saved: false }),
  openLink: () => Promise.resolve(false),
};
