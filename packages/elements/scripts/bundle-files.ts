/**
 * The files of the script-tag bundle as `dist/bundle/chunks.json` lists them, and the rules that read
 * them, written once for the build that writes the list (`bundle-manifest.ts`, the loader's preloads)
 * and the size scripts that measure the bundle from it (`size-measure.ts`, `size-budget.ts`,
 * `order-detail-views.ts`): a module's name, the language a file holds messages of, a set of files
 * with their static imports, the file holding a module, and which messages go with a part loaded by
 * `import()` rather than with the code that loads it.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of the bundle. */
export interface BundleFile {
  /** The source modules it holds, relative to `packages/` (`core/src/rest/rest-adapter.ts`) or from `node_modules/` on (`lit-html/lit-html.js`). */
  modules: string[];
  /** The module whose exports it carries (the target of an `import()`, an entry), if any. */
  facade?: string;
  /** Files it imports statically (loaded with it). */
  imports: string[];
  /** Files it loads by `import()`. */
  dynamicImports: string[];
  /**
   * For a chunk of one language's messages of a part (`<part>.messages.<language>.ts`) whose code
   * (`<part>.ts`) is the facade of a file of its own: that file. The messages go with that code: code
   * that loads the part by `import()` asks for them beside it, at the same time, so they are neither
   * preloaded with nor counted in the element that holds that code ({@link partMessages}).
   */
  messagesOf?: string;
}

/** The languages whose messages load one at a time. */
export const MESSAGE_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type MessagesLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The repository's `packages/` folder, which a module's name in `chunks.json` is relative to. */
export const packagesDir = fileURLToPath(new URL('../..', import.meta.url));

/** The source text of `module`, named as `chunks.json` names it (relative to `packages/`). */
export const readPackageSource = (module: string): string => readFileSync(join(packagesDir, module), 'utf8');

/** A module id as `chunks.json` names it. */
export function moduleName(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = clean.lastIndexOf('node_modules/');
  if (inModules >= 0) return clean.slice(inModules + 'node_modules/'.length);
  return clean.startsWith('/') ? relative(packagesDir, clean) : clean;
}

/** The language a chunk holds messages of (its modules' ids or names): every module in it is a `….<language>.ts`. */
export function chunkLanguage(modules: readonly string[]): MessagesLanguage | undefined {
  return MESSAGE_LANGUAGES.find((language) => modules.length > 0 && modules.every((id) => moduleName(id).endsWith(`.${language}.ts`)));
}

/** `names` and every file they import statically, of `files` (a bundle's, or a build's chunks by file name). */
export function staticClosure(files: Readonly<Record<string, { readonly imports: readonly string[] }>>, names: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || !files[name]) return;
    seen.add(name);
    for (const dep of files[name].imports) visit(dep);
  };
  for (const name of names) visit(name);
  return seen;
}

/** The file that holds `module`; throws when none or several do. */
export function fileHolding(files: Record<string, BundleFile>, module: string): string {
  const holders = Object.keys(files).filter((name) => files[name]!.modules.includes(module));
  if (holders.length !== 1) throw new Error(`Expected ${module} in one file of the bundle, found it in ${holders.length}.`);
  return holders[0]!;
}

/**
 * True when the language chunk `name` holds the messages of a part that `code` (a set of files with
 * their static imports) loads by `import()`, not of its own: they load with that part, not with `code`.
 */
export function partMessages(files: Record<string, BundleFile>, name: string, code: ReadonlySet<string>): boolean {
  const part = files[name]?.messagesOf;
  return part !== undefined && !code.has(part);
}

/**
 * The language chunks (of `language` only, when given) that the files `from` load by `import()`, with
 * what those import statically: the messages that `code` (a set of files with their static imports,
 * `from` among them) shows. Those of a part `code` loads by `import()` are not among them
 * ({@link partMessages}): they load with that part.
 */
export function loadedMessages(files: Record<string, BundleFile>, code: ReadonlySet<string>, from: Iterable<string> = code, language?: MessagesLanguage): Set<string> {
  const shown = (name: string): boolean => {
    const holds = chunkLanguage(files[name]?.modules ?? []);
    return holds !== undefined && (language === undefined || holds === language) && !partMessages(files, name, code);
  };
  return staticClosure(files, [...from].flatMap((name) => files[name]!.dynamicImports.filter(shown)));
}
