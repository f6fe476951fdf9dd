import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Dependencies point one way: src → playground/editor → playground/evaluator.
 * The evaluator imports nothing outside itself (jsonc-parser, behind
 * parse/json-tree.ts, is its one package); everyone else reaches it through its
 * barrels, index.ts and validate/index.ts, so that its inside can move freely.
 */
const EVALUATOR_INTERNALS = {
	regex: String.raw`(^|/)evaluator/(?!index\.ts$|validate/index\.ts$)`,
	message:
		'import the evaluator through its barrels: evaluator/index.ts or evaluator/validate/index.ts',
};
/** Relative imports that climb out of playground/evaluator/ from a file `depth` folders below it. */
function leavesEvaluator(depth) {
	return {
		regex: `^(\\.\\./){${depth + 1},}`,
		message: 'the evaluator is self-contained: it imports nothing outside playground/evaluator/',
	};
}
const evaluatorDepths = [0, 1, 2, 3].map((depth) => ({
	files: [`playground/evaluator/${'*/'.repeat(depth)}*.ts`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					leavesEvaluator(depth),
					{
						regex: String.raw`^[^.]`,
						message: 'the evaluator uses no package but jsonc-parser (in parse/json-tree.ts)',
					},
				],
			},
		],
	},
}));

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'coverage/',
			'node_modules/',
			'playground/catalog-data/',
			'public/catalog/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['playground/**/*.ts', 'src/**/*.ts', 'scripts/**/*.ts'],
		ignores: ['playground/evaluator/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [EVALUATOR_INTERNALS] }] },
	},
	...evaluatorDepths,
	{
		files: ['playground/evaluator/parse/json-tree.ts', 'playground/evaluator/**/*.test.ts'],
		rules: { 'no-restricted-imports': 'off' },
	},
	{
		files: ['**/*.mjs', '**/*.js'],
		languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
	},
);
