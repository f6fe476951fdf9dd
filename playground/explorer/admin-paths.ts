/**
 * The shortest path from each principal to administrator access. A path
 * follows `access` edges (assume, pass to a service, take over) to a
 * principal that is an administrator, or that can make itself one (`self`
 * edges: a grant, plus lifting its boundary when it has one), or that can
 * raise another principal it can also take over (`modify` then `access`).
 * Paths made only of unconditional verdicts are preferred; otherwise the
 * shortest conditional one is given, marked so.
 */
import type { AccountIndex } from './account-index.ts';
import { escalatesItself, escalationEffect } from './escalation-edges.ts';
import type { AdminPath, ExplorerEdge } from './types.ts';

interface _Goal {
	readonly steps: readonly ExplorerEdge[];
	readonly conditional: boolean;
}

/** Per principal ARN, its shortest path to administrator access (none when there is no path). */
export function adminPaths(
	index: AccountIndex,
	edges: readonly ExplorerEdge[],
): Map<string, AdminPath> {
	const out = new Map<string, AdminPath>();
	const incoming = new Map<string, ExplorerEdge[]>();
	const outgoing = new Map<string, ExplorerEdge[]>();
	for (const e of edges) {
		_push(outgoing, e.from, e);
		if (e.kind === 'access') _push(incoming, e.to, e);
	}
	for (const strict of [true, false]) {
		const usable = (e: { conditional: boolean }) => !strict || !e.conditional;
		const goals = _goals(index, outgoing, usable, strict);
		// Breadth-first from every goal at once, backwards: `next` is each node's first step.
		const next = new Map<string, ExplorerEdge>();
		const queue = [...goals.keys()];
		const seen = new Set(queue);
		for (let at = 0; at < queue.length; at++) {
			for (const e of incoming.get(queue[at]!) ?? []) {
				if (seen.has(e.from) || !usable(e)) continue;
				seen.add(e.from);
				next.set(e.from, e);
				queue.push(e.from);
			}
		}
		for (const arn of seen) {
			if (out.has(arn) || !index.byArn.has(arn.toLowerCase())) continue;
			const steps: ExplorerEdge[] = [];
			let node = arn;
			while (!goals.has(node)) {
				const e = next.get(node)!;
				steps.push(e);
				node = e.to;
			}
			const goal = goals.get(node)!;
			steps.push(...goal.steps);
			out.set(arn, {
				principal: arn,
				steps,
				conditional: goal.conditional || steps.some((e) => e.conditional),
			});
		}
	}
	return out;
}

/** The principals that are, or can make themselves (or one they reach directly), administrators. */
function _goals(
	index: AccountIndex,
	outgoing: ReadonlyMap<string, readonly ExplorerEdge[]>,
	usable: (e: ExplorerEdge) => boolean,
	strict: boolean,
): Map<string, _Goal> {
	const goals = new Map<string, _Goal>();
	for (const [arn, q] of index.administrators) {
		if (!strict || q.outcome === 'allowed') {
			goals.set(arn, { steps: [], conditional: q.outcome !== 'allowed' });
		}
	}
	for (const p of index.principals) {
		if (goals.has(p.arn)) continue;
		const out = (outgoing.get(p.arn) ?? []).filter(usable);
		const self = out.filter((e) => e.kind === 'self');
		if (escalatesItself(p, self, true)) {
			const grant = self.find((e) => escalationEffect(e.via) === 'grant')!;
			const lift = p.boundary
				? self.find((e) => escalationEffect(e.via) === 'boundary')
				: undefined;
			const steps = lift ? [lift, grant] : [grant];
			goals.set(p.arn, { steps, conditional: steps.some((e) => e.conditional) });
			continue;
		}
		for (const m of out) {
			if (m.kind !== 'modify' || escalationEffect(m.via) !== 'grant') continue;
			const target = index.byArn.get(m.to.toLowerCase());
			const take = out.find((e) => e.kind === 'access' && e.to === m.to);
			const lift = target?.boundary
				? out.find((e) => e.to === m.to && escalationEffect(e.via) === 'boundary')
				: undefined;
			if (take === undefined || (target?.boundary && lift === undefined)) continue;
			const steps = [...(lift ? [lift] : []), m, take];
			goals.set(p.arn, { steps, conditional: steps.some((e) => e.conditional) });
			break;
		}
	}
	return goals;
}

function _push(map: Map<string, ExplorerEdge[]>, key: string, e: ExplorerEdge): void {
	const list = map.get(key);
	if (list === undefined) map.set(key, [e]);
	else list.push(e);
}
