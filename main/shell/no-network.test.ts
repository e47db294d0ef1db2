import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What ships (the shell, the core, the contract, the preload, the page) is read with the
// TypeScript parser: it may not import a network module, start a crash reporter or an updater,
// show notifications or fill recent-document lists, and the page may not open connections of
// its own. (main/preview and main/cli are tools, not the app.)

const root = resolve(import.meta.dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !/\.test\.tsx?$/.test(f.name))
    .map((f) => join(f.parentPath, f.name));
}

type Usage = { file: string; modules: string[]; electron: string[]; identifiers: Set<string> };

function read(path: string): Usage {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const usage: Usage = {
    file: relative(root, path),
    modules: [],
    electron: [],
    identifiers: new Set(),
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const from = node.moduleSpecifier.text;
      usage.modules.push(from);
      const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
      const bindings = clause?.namedBindings;
      if (from === 'electron' && clause && !clause.isTypeOnly && bindings) {
        if (ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            if (!element.isTypeOnly)
              usage.electron.push((element.propertyName ?? element.name).text);
          }
        }
      }
    }
    if (
      ts.isCallExpression(node) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      usage.modules.push(node.arguments[0].text);
    }
    if (ts.isIdentifier(node)) usage.identifiers.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return usage;
}

const mainSide = [
  join(root, 'main/index.ts'),
  ...sources('main/shell'),
  ...sources('main/core').filter((f) => !f.includes('/testing/')),
  ...sources('main/contract'),
  ...sources('preload'),
].map(read);
const page = sources('renderer/src').map(read);

const NETWORK_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|dns|inspector)(\/|$)/;

describe('the app makes no network request of its own', () => {
  it('imports no network module anywhere it runs', () => {
    const found = [...mainSide, ...page].flatMap((u) =>
      u.modules.filter((m) => NETWORK_MODULES.test(m)).map((m) => `${u.file}: ${m}`),
    );
    expect(mainSide.length + page.length).toBeGreaterThan(60);
    expect(found).toEqual([]);
  });

  it('never uses the parts of Electron that upload, update, notify or remember files', () => {
    const forbidden = [
      'crashReporter',
      'autoUpdater',
      'net',
      'netLog',
      'Notification',
      'inAppPurchase',
      'pushNotifications',
    ];
    const used = mainSide.flatMap((u) =>
      u.electron.filter((name) => forbidden.includes(name)).map((n) => `${u.file}: ${n}`),
    );
    expect(used).toEqual([]);
    const calls = mainSide.flatMap((u) =>
      ['addRecentDocument', 'setJumpList', 'setUserTasks', 'setAsDefaultProtocolClient']
        .filter((name) => u.identifiers.has(name))
        .map((n) => `${u.file}: ${n}`),
    );
    expect(calls).toEqual([]);
    // Sanity: the reader does see Electron imports.
    expect(mainSide.some((u) => u.electron.includes('powerMonitor'))).toBe(true);
  });

  it('has no updater among its dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).filter((d) => /updat|sentry|analytics/i.test(d))).toEqual(
      [],
    );
  });

  it('leaves the page no way to connect anywhere except through window.journal', () => {
    const ways = [
      'fetch',
      'XMLHttpRequest',
      'WebSocket',
      'EventSource',
      'sendBeacon',
      'Notification',
    ];
    const found = page.flatMap((u) =>
      ways.filter((w) => u.identifiers.has(w)).map((w) => `${u.file}: ${w}`),
    );
    expect(found).toEqual([]);
  });
});
