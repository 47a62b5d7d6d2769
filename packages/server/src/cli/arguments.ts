/**
 * Reading a command's arguments: its positionals and the flags it knows (`--name value`,
 * `--name=value`, or a switch `--name`), refusing anything else with a {@link UsageError}, so a typo
 * never silently runs a command with a default.
 *
 * @module
 */

/** A command line that cannot be run as typed (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What a command accepts. */
export interface ArgumentSpec {
  /** Flag name → `value` (takes one) or `switch` (takes none). */
  flags: Readonly<Record<string, 'value' | 'switch'>>;
  /** Names of the positionals, in order; a name ending in `?` is optional. */
  positionals: readonly string[];
}

/** Arguments as read. */
export interface ParsedArguments {
  positionals: string[];
  /** Flag values (`'true'` for a switch), in the shape `readConfig` takes. */
  flags: Map<string, string>;
}

/** Reads `argv` (after the command name) by `spec`. */
export function parseArguments(argv: readonly string[], spec: ArgumentSpec): ParsedArguments {
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const kind = spec.flags[name];
    if (kind === undefined) throw new UsageError(`unknown option --${name}`);
    if (kind === 'switch') {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, 'true');
    } else if (eq > 0) {
      flags.set(name, arg.slice(eq + 1));
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
      i++;
    }
  }
  const required = spec.positionals.filter((name) => !name.endsWith('?')).length;
  if (positionals.length < required) throw new UsageError(`missing ${spec.positionals.slice(positionals.length, required).map((name) => `<${name}>`).join(' ')}`);
  if (positionals.length > spec.positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[spec.positionals.length])}`);
  return { positionals, flags };
}
