/**
 * Command-line arguments of every CLI, through `node:util` `parseArgs` (strict: an unknown or
 * malformed option is refused), with its errors in Indonesian followed by the command's usage.
 * `--help` and `--bantuan` are understood by every command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../../src/lib/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP_OPTIONS = { help: { type: 'boolean' }, bantuan: { type: 'boolean' } } as const;

type Parsed<T extends Options> = ReturnType<
	typeof parseArgs<{
		args: string[];
		options: T & typeof HELP_OPTIONS;
		strict: true;
		allowPositionals: true;
	}>
>;

/** The parsed values and positionals, or a UsageError (exit 2) that names the problem. */
export function parseCliArgs<const T extends Options>(
	options: T,
	help: string,
	config: { positionals?: boolean } = {}
): Parsed<T> & { wantsHelp: boolean } {
	let parsed: Parsed<T>;
	try {
		parsed = parseArgs<{
			args: string[];
			options: T & typeof HELP_OPTIONS;
			strict: true;
			allowPositionals: true;
		}>({
			args: process.argv.slice(2),
			options: { ...options, ...HELP_OPTIONS },
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		throw new UsageError(`${describeParseError(error)}\n${help}`);
	}
	if (!config.positionals && parsed.positionals.length > 0)
		throw new UsageError(`argumen tidak diharapkan: ${parsed.positionals[0]}\n${help}`);
	const flags = parsed.values as { help?: boolean; bantuan?: boolean };
	return { ...parsed, wantsHelp: flags.help === true || flags.bantuan === true };
}

/** parseArgs' English error in Indonesian. */
function describeParseError(error: unknown): string {
	const { code, message } = error as { code?: string; message: string };
	const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `opsi tidak dikenal: ${option}`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `opsi ${option} memerlukan nilai`;
	return 'argumen tidak dapat dibaca';
}
