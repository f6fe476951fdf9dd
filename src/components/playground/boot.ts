/**
 * The playground's entry point on the page: waits for the first paint, then
 * loads the app by dynamic import. Any failure (a chunk that does not load,
 * an error while starting) becomes a readable message on the page instead of
 * a blank or half-built playground.
 */
import { part } from './dom.ts';

/** Start the playground in `root` (the `<iam-playground>` element) after first paint; returns its stop function. */
export function bootPlayground(root: HTMLElement): () => void {
	const fail = (error: unknown): void => showPlaygroundError(root, error);
	let stop: (() => void) | undefined;
	let stopped = false;
	// Two frames: the first paint has happened once the second callback runs.
	requestAnimationFrame(() =>
		setTimeout(() => {
			performance.mark('playground:boot');
			// Monaco is the biggest download: fetch it alongside the app, not after it.
			const editor = import('../../../playground/editor/create-editor.ts');
			editor.catch(() => undefined); // reported by the app, which awaits it
			import('./app.ts')
				.then(({ startPlayground }) => startPlayground(root, { onError: fail, editor }))
				.then((app) => {
					if (stopped) app.stop();
					else stop = () => app.stop();
				})
				.catch(fail);
		}, 0),
	);
	return () => {
		stopped = true;
		stop?.();
	};
}

/** Show `error` in the playground's alert line (text only) and log it for developers. */
export function showPlaygroundError(root: HTMLElement, error: unknown): void {
	console.error(error);
	const message = error instanceof Error ? error.message : String(error);
	const alert = part(root, '[data-error]');
	alert.textContent = `The playground stopped working: ${message}. Reload the page to start again; your last scenario is kept in this browser.`;
	alert.hidden = false;
	root.querySelector<HTMLElement>('[data-loading]')?.setAttribute('hidden', '');
}
