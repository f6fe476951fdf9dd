#!/usr/bin/env node
// The `iam-eval` executable: Node 24 runs the TypeScript sources directly.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
	process.stderr.write(
		`iam-eval needs Node 22.18 or later (this is ${process.versions.node}); run it with npx from the project, which pins Node 24\n`,
	);
	process.exit(2);
}
const { main } = await import('./node-main.ts');
try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	// Input problems are diagnostics and never get here; this is a bug in
	// iam-eval. Say so in one line, without a stack trace, and exit 2.
	process.stderr.write(
		`iam-eval: internal error (please report it with the input): ${error instanceof Error ? error.message : String(error)}\n`,
	);
	process.exitCode = 2;
}
