/**
 * `<iam-predict>`: shows the choices (hidden without JavaScript, where the
 * verdict is a plain `<details>`), and after a choice opens the verdict and
 * says whether the choice was right, in words (announced by `aria-live`).
 */
import type { Decision } from '../../../playground/evaluator/index.ts';
import { predictFeedback } from '../../lib/embeds/predict-choices.ts';

class PredictElement extends HTMLElement {
	connectedCallback(): void {
		const choices = this.querySelector<HTMLFieldSetElement>('[data-choices]');
		const answer = this.querySelector<HTMLDetailsElement>('[data-answer]');
		const feedback = this.querySelector<HTMLElement>('[data-feedback]');
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		const decision = this.dataset.decision as Decision | undefined;
		if (!choices || !answer || !feedback || !summary || !decision) return;
		choices.hidden = false;
		summary.textContent = 'Or show the verdict without choosing';
		choices.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
			if (!button) return;
			for (const b of choices.querySelectorAll('button')) {
				b.setAttribute('aria-pressed', String(b === button));
			}
			feedback.textContent = predictFeedback(button.dataset.choice as Decision, decision);
			answer.open = true;
			summary.textContent = 'The verdict';
		});
	}
}

if (!customElements.get('iam-predict')) customElements.define('iam-predict', PredictElement);
