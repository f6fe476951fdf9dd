import { describe, expect, it } from 'vitest';
import { closestName } from './suggest.ts';

describe('closestName', () => {
	it.each([
		['GetObjct', ['GetObject', 'PutObject', 'GetBucketAcl'], 'GetObject'],
		['getobject', ['GetObject', 'PutObject'], 'GetObject'],
		['s4', ['s3', 'sts', 'iam'], 's3'],
		['iam', ['s3', 'sts'], undefined],
		['Xyzzy', ['GetRole', 'PassRole'], undefined],
		['PassRoles', ['PassRole', 'PassRoles2'], 'PassRole'],
		['anything', [], undefined],
	])('%s among %j → %s', (input, candidates, expected) => {
		expect(closestName(input, candidates)).toBe(expected);
	});

	it('keeps the first of equally close candidates', () => {
		expect(closestName('ab', ['ax', 'xb'])).toBe('ax');
	});
});
