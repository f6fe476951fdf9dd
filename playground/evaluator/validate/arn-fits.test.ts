import { describe, expect, it } from 'vitest';
import { arnFitsFormat } from './arn-fits.ts';

const ROLE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const LOG_STREAM =
	'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}';

describe('arnFitsFormat', () => {
	it.each([
		['arn:aws:iam::111122223333:role/R', ROLE, true],
		['arn:aws:iam::111122223333:role/path/to/R', ROLE, true],
		['arn:aws:iam::*:role/*', ROLE, true],
		['arn:*:iam::*:*', ROLE, true],
		['arn:aws:iam::111122223333:r?le/R', ROLE, true],
		['arn:aws:iam::111122223333:user/alice', ROLE, false],
		['arn:aws:iam::111122223333:role', ROLE, false],
		['arn:aws:iam:us-east-1:111122223333:role/R', ROLE, false],
		['arn:aws:sts::111122223333:role/R', ROLE, false],
		['arn:aws:s3:::b/k', OBJECT, true],
		['arn:aws:s3:::b/*', OBJECT, true],
		['arn:aws:s3:::*', OBJECT, true],
		['arn:aws:s3:::b', OBJECT, false],
		['arn:aws:s3:::b/${aws:username}', OBJECT, true],
		['arn:aws:logs:us-east-1:111122223333:log-group:g:log-stream:s', LOG_STREAM, true],
		['arn:aws:logs:us-east-1:111122223333:log-group:g', LOG_STREAM, false],
		['arn:aws:logs:*:*:log-group:*', LOG_STREAM, true],
		['arn:aws:s3', OBJECT, false],
		['arn:aws:iam::${aws:PrincipalAccount}:role/${aws:username}', ROLE, true],
		['arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}', ROLE, false],
	])('%s against %s → %s', (pattern, format, expected) => {
		expect(arnFitsFormat(pattern, format)).toBe(expected);
	});

	it('treats `?` in a format as a literal character', () => {
		expect(arnFitsFormat('arn:aws:x:::ab', 'arn:aws:x:::a?')).toBe(false);
		expect(arnFitsFormat('arn:aws:x:::a?', 'arn:aws:x:::a?')).toBe(true);
	});

	it('needs a format with six fields', () => {
		expect(arnFitsFormat('arn:aws:s3:::b', 'arn:aws:s3')).toBe(false);
	});
});
