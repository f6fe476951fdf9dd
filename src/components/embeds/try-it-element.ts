/**
 * `<iam-try-it>`: shows the Edit button and, when pressed, loads the live
 * editor by dynamic import. Kept tiny: this part loads with the page.
 */
class TryItElement extends HTMLElement {
	connectedCallback(): void {
		const open = this.querySelector<HTMLAnchorElement>('a[data-open][data-share]');
		if (open) {
			open.href = `${open.getAttribute('href')}${open.dataset.share}`;
			delete open.dataset.share;
		}
		const edit = this.querySelector<HTMLButtonElement>('[data-edit]');
		if (!edit) return;
		edit.hidden = false;
		edit.addEventListener('click', () => {
			edit.disabled = true;
			edit.textContent = 'Loading the editor…';
			import('./try-it-live.ts')
				.then(({ startTryIt }) => startTryIt(this))
				.then(() => edit.remove())
				.catch((error: unknown) => {
					console.error(error);
					edit.disabled = false;
					edit.textContent = 'Edit (the editor did not load; try again)';
				});
		});
	}
}

if (!customElements.get('iam-try-it')) customElements.define('iam-try-it', TryItElement);
