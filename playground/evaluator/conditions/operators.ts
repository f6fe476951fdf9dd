/**
 * The condition operator table (spec §3.4): each base operator's value type
 * and behaviour, as data. Parsing, compiling and evaluating all read this one
 * table instead of switching on operator names.
 */
import type { BaseOperator, OperatorInfo } from '../model.ts';

export type { OperatorInfo } from '../model.ts';

/** The value type an operator compares. */
export type OperatorType = OperatorInfo['type'];

/** How a numeric or date operator compares the context value (left) with the policy value (right). */
export type Comparison = OperatorInfo['compare'];

const _string = { type: 'string', variables: true, compare: 'eq' } as const;
const _numeric = { type: 'numeric', variables: false, wildcards: false } as const;
const _date = { type: 'date', variables: false, wildcards: false } as const;
const _arn = { type: 'arn', variables: true, wildcards: true, compare: 'eq' } as const;

/** Every base operator of spec §3.4, by canonical name. */
export const OPERATORS: Readonly<Record<BaseOperator, OperatorInfo>> = {
	StringEquals: { ..._string, negated: false, wildcards: false },
	StringNotEquals: { ..._string, negated: true, wildcards: false },
	StringEqualsIgnoreCase: { ..._string, negated: false, wildcards: false, ignoreCase: true },
	StringNotEqualsIgnoreCase: { ..._string, negated: true, wildcards: false, ignoreCase: true },
	StringLike: { ..._string, negated: false, wildcards: true },
	StringNotLike: { ..._string, negated: true, wildcards: true },
	NumericEquals: { ..._numeric, negated: false, compare: 'eq' },
	NumericNotEquals: { ..._numeric, negated: true, compare: 'eq' },
	NumericLessThan: { ..._numeric, negated: false, compare: 'lt' },
	NumericLessThanEquals: { ..._numeric, negated: false, compare: 'le' },
	NumericGreaterThan: { ..._numeric, negated: false, compare: 'gt' },
	NumericGreaterThanEquals: { ..._numeric, negated: false, compare: 'ge' },
	DateEquals: { ..._date, negated: false, compare: 'eq' },
	DateNotEquals: { ..._date, negated: true, compare: 'eq' },
	DateLessThan: { ..._date, negated: false, compare: 'lt' },
	DateLessThanEquals: { ..._date, negated: false, compare: 'le' },
	DateGreaterThan: { ..._date, negated: false, compare: 'gt' },
	DateGreaterThanEquals: { ..._date, negated: false, compare: 'ge' },
	// Variables in Bool: a Choice of spec §3.4 (the operators page allows them).
	Bool: { type: 'bool', negated: false, variables: true, wildcards: false, compare: 'eq' },
	BinaryEquals: {
		type: 'binary',
		negated: false,
		variables: false,
		wildcards: false,
		compare: 'eq',
	},
	IpAddress: { type: 'ip', negated: false, variables: false, wildcards: false, compare: 'eq' },
	NotIpAddress: { type: 'ip', negated: true, variables: false, wildcards: false, compare: 'eq' },
	// ArnEquals and ArnLike behave the same: wildcards work in both (spec §3.4).
	ArnEquals: { ..._arn, negated: false },
	ArnLike: { ..._arn, negated: false },
	ArnNotEquals: { ..._arn, negated: true },
	ArnNotLike: { ..._arn, negated: true },
	Null: { type: 'null', negated: false, variables: false, wildcards: false, compare: 'eq' },
};
