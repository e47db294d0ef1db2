import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { METHOD_NAMES, contract, scores } from '../../contract';
import { createHandlers } from './index';
import { JournalSession } from './session';

// The contract is the renderer's whole reach into main. These checks read its schemas: every
// request is bounded, none names a place on disk, and no reply carries a secret.

type Def = {
  type: string;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; pattern?: RegExp } } }>;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A regex that cannot match an unbounded string: anchored, no `*`, `+` or open `{n,}`. */
function boundedPattern(pattern: RegExp): boolean {
  const source = pattern.source;
  return source.startsWith('^') && source.endsWith('$') && !/(^|[^\\])[*+]|\{\d+,\}/.test(source);
}

function hasMax(def: Def): boolean {
  return (def.checks ?? []).some((c) => c._zod.def.check === 'max_length');
}

/** Every string and list that can grow without a limit, as paths into the request. */
function unbounded(schema: z.ZodType, path: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const patterns = [
        ...(def.pattern ? [def.pattern] : []),
        ...(def.checks ?? []).flatMap((c) => (c._zod.def.pattern ? [c._zod.def.pattern] : [])),
      ];
      return hasMax(def) || patterns.some(boundedPattern) ? [] : [path];
    }
    case 'array':
      return [...(hasMax(def) ? [] : [path]), ...unbounded(def.element!, `${path}[]`)];
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) =>
        unbounded(value, `${path}.${key}`),
      );
    case 'record':
      // The number of keys is limited by a refinement, checked by parsing below.
      return [
        ...unbounded(def.keyType!, `${path}{key}`),
        ...unbounded(def.valueType!, `${path}{}`),
      ];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return unbounded(def.innerType!, path);
    case 'pipe':
      return unbounded(def.in!, path);
    case 'union':
      return def.options!.flatMap((option, i) => unbounded(option, `${path}|${i}`));
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'void':
    case 'null':
    case 'undefined':
    case 'transform':
      return [];
    default:
      return [`${path} (${def.type}: not understood by this check)`];
  }
}

/** Every property name anywhere in a schema. */
function fieldNames(schema: z.ZodType): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => [key, ...fieldNames(value)]);
    case 'array':
      return fieldNames(def.element!);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return fieldNames(def.innerType!);
    case 'pipe':
      return [...fieldNames(def.in!), ...fieldNames(def.out!)];
    case 'union':
      return def.options!.flatMap(fieldNames);
    case 'record':
      return fieldNames(def.valueType!);
    default:
      return [];
  }
}

const methods = Object.entries(contract) as Array<
  [string, { request: z.ZodType; response: z.ZodType }]
>;

describe('the IPC contract as an attack surface', () => {
  it('has a handler for every method and a channel for every handler', () => {
    const handlers = createHandlers(new JournalSession('/nonexistent'));
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('bounds every string and list a request can carry', () => {
    const found = methods.flatMap(([name, spec]) => unbounded(spec.request, name));
    expect(found).toEqual([]);
  });

  it('bounds the number of scores an entry can carry', () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`d${i}`, 4]));
    expect(scores.safeParse(many).success).toBe(false);
  });

  it('takes no path, file or folder from the renderer', () => {
    const names = methods.flatMap(([, spec]) => fieldNames(spec.request));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => /path|file|folder|dir(ectory)?$/i.test(n))).toEqual([]);
  });

  it('never sends a passphrase or key back, and the recovery key only once, at creation', () => {
    for (const [name, spec] of methods) {
      const names = fieldNames(spec.response);
      expect(
        names.filter((n) => /passphrase|password|secret|datakey|salt/i.test(n)),
        name,
      ).toEqual([]);
      const carriesRecoveryKey = names.some((n) => /recovery/i.test(n));
      expect(carriesRecoveryKey, name).toBe(name === 'createVault');
    }
  });
});
