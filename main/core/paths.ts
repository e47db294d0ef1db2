import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name under the system's application-data folder, shared by the app and the CLI. */
export const APP_FOLDER = 'Twofold';

/** Where the system keeps per-user app data: what Electron calls `appData`. */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env['XDG_CONFIG_HOME'] || join(home, '.config');
}

/** The journal the app opens: TWOFOLD_DATA_DIR when set (tests, portable use), else app data. */
export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['TWOFOLD_DATA_DIR'] || join(appDataDir(process.platform, env), APP_FOLDER, 'journal');
}
