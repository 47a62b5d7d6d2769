/**
 * `orderzone-server`: the merchant's command line (`bin/orderzone-server.js` runs {@link main}).
 *
 * ```
 * orderzone-server [serve] [--port 8787] [--data ./.data/orderzone] [--seed-demo]
 * orderzone-server migrate | import <file> | export [file] | backup <file> | restore <file>
 * orderzone-server create-merchant-key --name <name> | revoke-merchant-key <id> | list-merchant-keys
 * orderzone-server export-shopper <phone|email> [file] | delete-shopper <phone|email> | apply-retention
 * ```
 *
 * Exit codes: 0 done, 1 the command failed (its reason on standard error), 2 the command line
 * cannot be run as typed (unknown command or option, missing argument, a setting that cannot be
 * right). `--help` after any command explains it.
 *
 * @module
 */
import { isOrderZoneError } from '@orderzone/core';
import { ConfigError } from '../config.ts';
import { parseArguments, UsageError } from './arguments.ts';
import { COMMANDS, CommandFailed, type CliIo, type Command } from './commands.ts';

const PROGRAM = 'orderzone-server';

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} [command] [options]`,
    '',
    'The OrderZone server and its tools. Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    `Run \`${PROGRAM} <command> --help\` for a command's options. Settings come from the`,
    'environment (DATABASE_URL, ORDERZONE_DATA, PORT, ...): see docs/server.md.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return `Usage: ${PROGRAM} ${command.usage}\n\n${command.summary}.\n\n${command.help}\n`;
}

function defaultIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
  };
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout(command ? commandHelp(command) : overview());
    return 0;
  }
  // No command, or options only: the server.
  const named = first !== undefined && !first.startsWith('-') ? COMMANDS.find((c) => c.name === first) : COMMANDS[0];
  if (!named) {
    io.stderr(`${PROGRAM}: unknown command ${JSON.stringify(first)}\n\n${overview()}`);
    return 2;
  }
  const args = first !== undefined && !first.startsWith('-') ? rest : argv;
  try {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(commandHelp(named));
      return 0;
    }
    await named.run(parseArguments(args, named.spec), io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`${PROGRAM} ${named.name}: ${error.message}\nUsage: ${PROGRAM} ${named.usage}\n`);
      return 2;
    }
    if (error instanceof CommandFailed) {
      if (error.message !== '') io.stderr(`${PROGRAM} ${named.name}: ${error.message}\n`);
      return 1;
    }
    if (isOrderZoneError(error)) {
      io.stderr(`${PROGRAM} ${named.name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`${PROGRAM} ${named.name}: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
