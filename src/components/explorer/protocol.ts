/** The messages between the explorer page and its worker. */
import type { AccountFile } from '../../../playground/explorer/index.ts';
import type { AccessLevelRow } from '../../../playground/explorer/effective-access.ts';
import type { AnalysisView } from '../../../playground/explorer/view-model.ts';

/** Page → worker. */
export type ToWorker =
	| { readonly type: 'init'; readonly policiesUrl: string; readonly catalogUrl: string }
	| {
			readonly type: 'analyze';
			readonly id: number;
			readonly example: boolean;
			readonly files: AccountFile[];
	  }
	| { readonly type: 'question'; readonly id: number; readonly index: number }
	| {
			readonly type: 'effective';
			readonly id: number;
			readonly arn: string;
			readonly prefix: string;
	  };

/** Worker → page. */
export type FromWorker =
	| {
			readonly type: 'progress';
			readonly id: number;
			readonly done: number;
			readonly phase: string;
	  }
	| {
			readonly type: 'result';
			readonly id: number;
			readonly view: AnalysisView;
			readonly names: string[];
	  }
	| { readonly type: 'failed'; readonly id: number; readonly message: string }
	| {
			readonly type: 'question';
			readonly id: number;
			readonly scenario: string;
			readonly hash?: string;
			readonly outcome: string;
			readonly decision: string;
	  }
	| {
			readonly type: 'effective';
			readonly id: number;
			readonly prefix: string;
			/** Every service of the catalog: prefix and name, for the picker. */
			readonly services: readonly { readonly prefix: string; readonly name: string }[];
			readonly rows: readonly AccessLevelRow[];
			/** Why there are no rows (an unknown service, a catalog that did not load). */
			readonly problem?: string;
	  };
