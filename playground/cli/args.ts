/** The command line of `iam-eval`, parsed without a library: it is four flags. */

/** How results are printed. */
export type OutputMode = 'json' | 'full' | 'text';

/** A parsed command line. */
export interface CliArgs {
	readonly file: string;
	readonly mode: OutputMode;
	readonly compact: boolean;
	/** Add the catalog-backed warnings (unknown actions, keys, …) to each result. */
	readonly lint: boolean;
	readonly help: boolean;
	readonly version: boolean;
}

/** Shown for `--help` and after a usage error. */
export const USAGE = `usage: iam-eval [options] FILE
       iam-eval [options] -          read the scenario(s) from standard input
       iam-eval explore [--json] FILE...   who can become whom in an account
                                     (see iam-eval explore --help)

FILE holds one scenario or an array of scenarios (docs/scenario-format.md).
Prints each result as JSON and exits 0 whatever the decisions; exits 2 when
the input is not a valid scenario (details on standard error).

options:
  --explain     print the decision and the reasons as sentences instead of JSON
  --full        print the full explanation as JSON (every gate, policy, statement)
  --compact     print JSON on one line
  --lint        also check each policy against the service catalog (unknown
                services, actions and condition keys, PassRole on *, …)
  -h, --help    show this help
  -V, --version show the version
  --            end of the options: what follows is FILE even if it starts
                with \`-\` (iam-eval -- -x.json)

Through npx: npx iam-eval --explain FILE. When npx gets options of its own
(npx --no …), end them with \`--\` before the name, or npm takes --explain
and --help for itself: npx --no -- iam-eval --explain FILE
`;

const _OPTIONS = new Set([
	'-h',
	'--help',
	'-V',
	'--version',
	'--explain',
	'--full',
	'--compact',
	'--lint',
]);

/** Parse argv (without the node and script entries). */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
	let file: string | undefined;
	let mode: OutputMode = 'json';
	let compact = false;
	let lint = false;
	let help = false;
	let version = false;
	// After `--` every argument is the input, so a file may start with `-`.
	let options = true;
	for (const arg of argv) {
		if (options && arg === '--') options = false;
		else if (options && arg.startsWith('-') && arg !== '-') {
			if (!_OPTIONS.has(arg)) return { error: `unknown option \`${arg}\`` };
			if (arg === '-h' || arg === '--help') help = true;
			else if (arg === '-V' || arg === '--version') version = true;
			else if (arg === '--explain') mode = 'text';
			else if (arg === '--full') mode = 'full';
			else if (arg === '--compact') compact = true;
			else lint = true;
		} else if (file !== undefined) {
			const late = [file, arg].find((a) => _OPTIONS.has(a));
			const hint =
				late === undefined ? '' : `; options go before \`--\`, e.g. \`iam-eval ${late} -- FILE\``;
			return { error: `one input at a time (got \`${file}\` and \`${arg}\`)${hint}` };
		} else file = arg;
	}
	if (help || version) return { file: file ?? '-', mode, compact, lint, help, version };
	if (file === undefined) return { error: 'no input: give a FILE, or - for standard input' };
	return { file, mode, compact, lint, help, version };
}
