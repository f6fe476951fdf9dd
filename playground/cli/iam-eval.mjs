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
process.exitCode = main(process.argv.slice(2));
