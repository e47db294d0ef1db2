import type { z } from 'zod';
import type { ChannelMethodName } from './channels';
import { catalogMethods } from './catalog';
import { entryMethods } from './entries';
import { insightMethods } from './insights';
import type { Result } from './result';
import { searchMethods } from './search';
import { sessionMethods } from './session';
import { trendMethods } from './trends';
import { summaryMethods } from './summary';
import { vaultMethods } from './vault';

/** Every method the renderer can call, by name. Registering a name twice fails to compile. */
export const contract = {
  ...vaultMethods,
  ...entryMethods,
  ...catalogMethods,
  ...searchMethods,
  ...sessionMethods,
  ...trendMethods,
  ...summaryMethods,
  ...insightMethods,
} as const;

type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** What `window.journal` offers: one function per method, each answering with a Result. */
export type JournalApi = {
  readonly [M in MethodName]: RequestOf<M> extends void
    ? () => Promise<Result<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
};

/** What main implements: validated input in, plain value out (errors are thrown). */
export type Handlers = {
  readonly [M in MethodName]: (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>>;
};

// Compile-time proof that channels.ts lists exactly the contract's methods.
type Missing = Exclude<MethodName, ChannelMethodName>;
type Extra = Exclude<ChannelMethodName, MethodName>;
export const CHANNELS_MATCH_CONTRACT: [Missing, Extra] extends [never, never] ? true : never = true;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export * from './channels';
export * from './domain';
export * from './entries';
export * from './primitives';
export * from './result';
export * from './search';
export * from './vault';
export * from './events';
export * from './session';
export * from './trends';
export * from './claims';
export * from './summary';
export * from './insights';
export * from './insight-words';
