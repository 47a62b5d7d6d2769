/**
 * What the consumer tests (.ci/consumers.e2e.ts) share: the published packages packed with `npm pack`
 * (each built by its `prepack`, as `npm publish` would), fresh apps in a temporary folder outside the
 * workspace that install those tarballs (and everything else from the npm registry, through one npm
 * cache folder shared by the apps of a run), commands run in them, and a static server.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The published packages, in the order they build (each after the ones it imports). */
export const PUBLISHED = ['@orderzone/core', '@orderzone/embedded-backend', '@orderzone/elements', '@orderzone/server'] as const;
export type Published = (typeof PUBLISHED)[number];

/** A package's folder in the workspace: `@orderzone/core` → packages/core. */
export const packageDir = (name: Published): string => join(repoRoot, 'packages', name.slice('@orderzone/'.length));

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Runs a command; resolves with its output, rejects with the output's end when it exits non-zero. */
export function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: { ...process.env, FORCE_COLOR: '0', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`\`${cmd} ${args.join(' ')}\` in ${options.cwd} exited with ${code}:\n${output.slice(-6000)}`));
    });
  });
}

/** The temporary folder of one run: tarballs, the shared npm cache and the apps. */
export interface Workbench {
  root: string;
  /** The tarball of each published package. */
  tarballs: Record<Published, string>;
  /** Removes everything (set ORDERZONE_KEEP_CONSUMERS=1 to keep it for a look). */
  remove(): void;
}

/**
 * Packs every published package into a fresh temporary folder (outside the workspace), in build
 * order: `npm pack` runs each package's `prepack` (clean, then build), as `npm publish` does.
 */
export async function packAll(): Promise<Workbench> {
  const root = mkdtempSync(join(tmpdir(), 'orderzone-consumers-'));
  const tarballDir = join(root, 'tarballs');
  mkdirSync(tarballDir);
  const tarballs = {} as Record<Published, string>;
  for (const name of PUBLISHED) {
    await run('npm', ['pack', '-w', name, '--pack-destination', tarballDir], { cwd: repoRoot });
    const { version } = readJson<{ version: string }>(join(packageDir(name), 'package.json'));
    tarballs[name] = join(tarballDir, `${name.slice(1).replace('/', '-')}-${version}.tgz`);
  }
  return {
    root,
    tarballs,
    remove: () => {
      if (process.env.ORDERZONE_KEEP_CONSUMERS) console.log(`kept ${root}`);
      else rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface AppSpec {
  /** The app's folder name. */
  name: string;
  /** The @orderzone packages it depends on (the others it needs come from these tarballs too). */
  orderzone: Published[];
  /** Other dependencies, from the npm registry. */
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  /** Folders and files copied in: `[from (absolute), to (relative to the app)]`. */
  copy?: [string, string][];
  /** Files written: `{ relative path: text }`. */
  files?: Record<string, string>;
}

/**
 * Creates the app in the workbench and installs it once (`npm install`, the registry for everything
 * but OrderZone, whose packages come from the tarballs: its own dependencies, and through `overrides`
 * the ones they depend on, as npm would fetch them from the registry).
 */
export async function createApp(bench: Workbench, spec: AppSpec): Promise<string> {
  const dir = join(bench.root, spec.name);
  mkdirSync(dir, { recursive: true });
  for (const [from, to] of spec.copy ?? []) cpSync(from, join(dir, to), { recursive: true });
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const file = (name: Published): string => `file:${bench.tarballs[name]}`;
  const dependencies = Object.fromEntries(spec.orderzone.map((name) => [name, file(name)]));
  const overrides = Object.fromEntries(PUBLISHED.filter((name) => !spec.orderzone.includes(name)).map((name) => [name, file(name)]));
  const packageJson = {
    name: `orderzone-consumer-${spec.name}`,
    private: true,
    type: 'module',
    dependencies: { ...dependencies, ...spec.dependencies },
    devDependencies: spec.devDependencies ?? {},
    overrides,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier', '--cache', join(bench.root, 'npm-cache'), '--prefer-offline'], { cwd: dir });
  return dir;
}

/** The version range the workspace uses for `name` (root or example devDependencies), for the apps to install the same. */
export function workspaceRange(name: string): string {
  for (const path of ['package.json', 'examples/react/package.json', 'examples/vue/package.json', 'packages/elements/package.json']) {
    const json = readJson<{ dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>(join(repoRoot, path));
    const range = json.dependencies?.[name] ?? json.devDependencies?.[name];
    if (range) return range;
  }
  throw new Error(`${name} is not a dependency of the workspace`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root`; `routes` maps a path prefix to a function giving the file to serve for the rest of
 * the path (or undefined: not found). CORS is open, as on a CDN.
 */
export async function serveStatic(root: string, routes: Record<string, (rest: string) => string | undefined> = {}): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const file = prefix ? routes[prefix]!(path.slice(prefix.length)) : join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
