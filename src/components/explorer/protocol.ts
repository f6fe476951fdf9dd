/** The messages between the explorer page and its worker. */
import type { AccountFile } from '../../../playground/explorer/index.ts';
import type { AnalysisView } from '../../../playground/explorer/view-model.ts';

/** Page → worker. */
export type ToWorker =
	| { readonly type: 'init'; readonly policiesUrl: string }
	| {
			readonly type: 'analyze';
			readonly id: number;
			readonly example: boolean;
			readonly files: AccountFile[];
	  }
	| { readonly type: 'question'; readonly id: number; readonly index: number };

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
	  };
