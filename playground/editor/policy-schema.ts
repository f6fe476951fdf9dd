/**
 * A JSON schema of the IAM policy grammar, registered with Monaco's JSON
 * language for policy models: completion of element names and enums, and
 * hover text for each element. Validation stays off in the JSON worker: the
 * evaluator's own diagnostics are the editor's only markers.
 */
import type { json } from 'monaco-editor';
import { CONDITION_OPERATORS } from './condition-operators.ts';

/** Models whose URI starts with this get the policy schema. */
export const POLICY_MODEL_PREFIX = 'inmemory://iam-roles-lab/policy/';
/** The schema's own URI (an identifier, never fetched). */
export const POLICY_SCHEMA_URI = 'inmemory://iam-roles-lab/schema/policy.json';

const _stringOrArray = {
	oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
};
const _conditionValues = {
	oneOf: [
		{ type: ['string', 'number', 'boolean'] },
		{ type: 'array', items: { type: ['string', 'number', 'boolean'] } },
	],
};
const _operatorBlock = {
	type: 'object',
	description: 'condition keys and the values to compare them with',
	additionalProperties: _conditionValues,
};
const _principal = {
	description: 'who the statement is about: `"*"` or an object of principal kinds',
	oneOf: [
		{ const: '*' },
		{
			type: 'object',
			additionalProperties: false,
			properties: {
				AWS: {
					..._stringOrArray,
					description: 'account IDs, account root, IAM user and role ARNs, session ARNs',
				},
				Service: {
					..._stringOrArray,
					description: 'AWS service principals such as `ec2.amazonaws.com`',
				},
				Federated: { ..._stringOrArray, description: 'web identity or SAML providers' },
				CanonicalUser: { ..._stringOrArray, description: 'S3 canonical user IDs' },
			},
		},
	],
};
const _operatorNames = Object.keys(CONDITION_OPERATORS).join('|');

/** The schema of one IAM policy document. */
export const POLICY_SCHEMA = {
	$schema: 'http://json-schema.org/draft-07/schema#',
	title: 'IAM policy document',
	type: 'object',
	required: ['Statement'],
	additionalProperties: false,
	properties: {
		Version: {
			description: 'the policy language version: always `2012-10-17` for new policies',
			enum: ['2012-10-17', '2008-10-17'],
		},
		Id: { type: 'string', description: 'an optional identifier' },
		Statement: {
			description: 'one statement or a list of them',
			oneOf: [
				{ $ref: '#/definitions/statement' },
				{ type: 'array', items: { $ref: '#/definitions/statement' } },
			],
		},
	},
	definitions: {
		statement: {
			type: 'object',
			required: ['Effect'],
			additionalProperties: false,
			properties: {
				Sid: { type: 'string', description: 'a statement ID, unique in the policy' },
				Effect: {
					description: 'whether a matching request is allowed or denied',
					enum: ['Allow', 'Deny'],
				},
				Principal: _principal,
				NotPrincipal: {
					..._principal,
					description: 'every principal except these (avoid: use conditions)',
				},
				Action: {
					..._stringOrArray,
					description: '`service:Action` patterns, `*` and `?` allowed',
				},
				NotAction: { ..._stringOrArray, description: 'every action except these patterns' },
				Resource: { ..._stringOrArray, description: 'resource ARN patterns, or `*`' },
				NotResource: { ..._stringOrArray, description: 'every resource except these patterns' },
				Condition: {
					type: 'object',
					description: 'operator → { key → values }; every entry must hold',
					properties: Object.fromEntries(
						Object.entries(CONDITION_OPERATORS).map(([name, description]) => [
							name,
							{ ..._operatorBlock, description },
						]),
					),
					patternProperties: {
						[`^(ForAnyValue:|ForAllValues:)?(${_operatorNames})(IfExists)?$`]: _operatorBlock,
					},
					additionalProperties: false,
				},
			},
		},
	},
} as const;

/** Register the policy schema for policy models, with the JSON worker's validation off. */
export function registerPolicySchema(defaults: json.LanguageServiceDefaults): void {
	defaults.setDiagnosticsOptions({
		...defaults.diagnosticsOptions,
		validate: false,
		allowComments: false,
		enableSchemaRequest: false,
		schemas: [
			...(defaults.diagnosticsOptions.schemas ?? []).filter((s) => s.uri !== POLICY_SCHEMA_URI),
			{
				uri: POLICY_SCHEMA_URI,
				fileMatch: [`${POLICY_MODEL_PREFIX}*`],
				schema: POLICY_SCHEMA,
			},
		],
	});
}
