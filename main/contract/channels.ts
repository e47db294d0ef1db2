// Method names only, without zod, so the sandboxed preload stays tiny. index.ts proves at
// compile time that this list and the contract agree.

export const CHANNEL_PREFIX = 'twofold:';

export const METHOD_NAMES = [
  'getStatus',
  'createVault',
  'unlock',
  'recover',
  'listBackups',
  'restoreBackup',
  'lock',
  'changePassphrase',
  'listEntries',
  'getEntry',
  'saveEntry',
  'trashEntry',
  'restoreEntry',
  'onThisDay',
  'listDimensions',
  'saveDimensions',
  'listSigns',
  'saveSigns',
  'listRelationships',
  'saveRelationship',
  'getSettings',
  'saveSettings',
  'search',
  'trends',
  'compareTrends',
  'trendsByRelationship',
  'noteActivity',
  'openLink',
  'getSummarySetup',
  'previewSummary',
  'exportSummary',
  'listSummaryExports',
  'listTherapySessions',
  'saveTherapySession',
  'deleteTherapySession',
  'withWithout',
  'pixels',
  'selfByPerson',
  'listMarkers',
  'compareMarkers',
  'listLifeEvents',
  'saveLifeEvent',
  'deleteLifeEvent',
] as const;

export type ChannelMethodName = (typeof METHOD_NAMES)[number];

export function channelFor(method: ChannelMethodName): string {
  return CHANNEL_PREFIX + method;
}
