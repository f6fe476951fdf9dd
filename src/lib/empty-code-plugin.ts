/**
 * A Sätteri mdast plugin (the counterpart of a remark plugin) that fails the
 * build on a fenced code block with nothing in it: such a block renders as an
 * empty frame where the reader expects an example (it happens when an edit
 * loses the block's body). The error names the file and the line of the fence.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';

/** Options for {@link createEmptyCodePlugin}. */
export interface EmptyCodePluginOptions {
	/** Only files under these absolute directory paths (ending in `/`) are checked. */
	onlyUnder: readonly string[];
}

/** Creates the plugin; add it to `markdown.processor.options.mdastPlugins`. */
export function createEmptyCodePlugin(options: EmptyCodePluginOptions): MdastPluginDefinition {
	return {
		name: 'iam-lab-empty-code',
		options: { position: true },
		code(node, ctx) {
			if (node.value.trim() !== '') return;
			const url = ctx.fileURL;
			const file = url === undefined ? '(unknown file)' : fileURLToPath(url);
			if (url !== undefined && !options.onlyUnder.some((dir) => file.startsWith(dir))) return;
			const line = node.position?.start.line;
			throw new Error(
				`${file}${line === undefined ? '' : `:${line}`}: empty code block${node.lang ? ` (\`${node.lang}\`)` : ''}: write its example, or remove the fence`,
			);
		},
	};
}
