/**
 * Runs in the reader's browser on a self-assessment page only. It adds up the answers with the
 * pure functions of assessment-score.ts, shows the matching result bands, keeps the answers in
 * this browser's localStorage (under a key of its own per assessment and language) and prints a
 * summary. It makes no network request of any kind: everything it needs is in the page, so once
 * the page has loaded it works without a connection.
 */
import { scoreAssessment, isValidAnswer, type Answers, type PartResult, type ScoringModel } from '../../schemas/assessment-score';

export interface ClientBand {
	from: number;
	to: number;
	title: string;
	message: string;
	next: string[];
}

export interface ClientModel extends ScoringModel<ClientBand> {
	dimensions: { id: string; label: string; bands: ClientBand[] }[];
	questions: { id: string; dimension: string; number: number; text: string; options: string[]; scores: number[] }[];
	overall: ClientBand[];
}

export interface ClientStrings {
	result: string;
	overall: string;
	score: string;
	answered: string;
	/** "Answer the 3 remaining questions…": the text for n questions left is at n - 1, for as many as a part has. */
	remaining: string[];
	overallPending: string;
	firstUnanswered: string;
	next: string;
	yourAnswers: string;
	notAnswered: string;
	printedOn: string;
	restored: string;
	cleared: string;
}

/** What is kept in localStorage: nothing but the chosen option of each question, and whether the result was open. */
interface Saved {
	answers: Answers;
	shown: boolean;
}

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** localStorage, or undefined where the browser refuses it (private modes, storage disabled). */
function storage(): Storage | undefined {
	try {
		const s = window.localStorage;
		const probe = '__memoria_probe__';
		s.setItem(probe, probe);
		s.removeItem(probe);
		return s;
	} catch {
		return undefined;
	}
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

export function startAssessment(root: HTMLElement): void {
	const model = JSON.parse(root.dataset.model!) as ClientModel;
	const strings = JSON.parse(root.dataset.strings!) as ClientStrings;
	const language = root.dataset.language!;
	const key = root.dataset.storageKey!;
	const form = root.querySelector<HTMLFormElement>('form')!;
	const result = root.querySelector<HTMLElement>('[data-result]')!;
	const outdated = root.querySelector<HTMLElement>('[data-outdated]')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const summary = root.querySelector<HTMLElement>('[data-summary]')!;
	const store = storage();
	const today = new Intl.DateTimeFormat(language, { dateStyle: 'long' });

	// Nothing is ever submitted: there is nowhere to send answers to.
	form.addEventListener('submit', (event) => event.preventDefault());

	const radios = (questionId: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"][data-question="${questionId}"]`)];

	function readAnswers(): Answers {
		const answers: Answers = {};
		for (const q of model.questions) {
			const checked = radios(q.id).find((r) => r.checked);
			if (checked) answers[q.id] = Number(checked.value);
		}
		return answers;
	}

	function load(): Saved | undefined {
		try {
			const raw = store?.getItem(key);
			if (!raw) return undefined;
			const saved = JSON.parse(raw) as Partial<Saved>;
			const answers: Answers = {};
			// Answers to questions or options that no longer exist are dropped.
			for (const q of model.questions) {
				const a = saved.answers?.[q.id];
				if (isValidAnswer(q, a)) answers[q.id] = a;
			}
			return { answers, shown: saved.shown === true };
		} catch {
			return undefined;
		}
	}

	let shown = false;
	function save() {
		if (!store) return;
		const answers = readAnswers();
		try {
			if (Object.keys(answers).length === 0 && !shown) store.removeItem(key);
			else store.setItem(key, JSON.stringify({ answers, shown } satisfies Saved));
		} catch {
			// A full or refused storage loses nothing the reader can still see on the page.
		}
	}

	function part(heading: string, r: PartResult<ClientBand>, headingLevel: 'h3', pending: string | undefined): HTMLElement {
		const section = el('section', undefined, 'memoria-result-part');
		section.dataset.part = r.id ?? 'overall';
		section.append(el(headingLevel, heading));
		if (r.complete && r.band) {
			section.dataset.band = `${r.band.from}-${r.band.to}`;
			section.append(el('p', fill(strings.score, { score: r.score, max: r.range.max }), 'memoria-result-score'));
			const verdict = el('p', undefined, 'memoria-result-verdict');
			verdict.append(el('strong', r.band.title));
			section.append(verdict, el('p', r.band.message));
			if (r.band.next.length > 0) {
				section.append(el('h4', strings.next));
				const list = el('ul');
				for (const step of r.band.next) list.append(el('li', step));
				section.append(list);
			}
		} else {
			section.dataset.band = 'pending';
			const remaining = r.total - r.answered;
			const text = pending ?? strings.remaining[remaining - 1] ?? '';
			section.append(el('p', text, 'memoria-result-pending'));
			const first = r.unanswered[0];
			if (first) {
				const link = el('a', strings.firstUnanswered);
				link.href = `#memoria-q-${first}`;
				link.dataset.question = first;
				section.append(link);
			}
		}
		return section;
	}

	/** Writes the result into the live region; screen readers announce it. */
	function renderResult() {
		const scored = scoreAssessment(model, readAnswers());
		const parts: HTMLElement[] = [el('h2', strings.result), el('p', fill(strings.answered, { answered: scored.answered, total: scored.total }))];
		if (scored.overall) parts.push(part(strings.overall, scored.overall, 'h3', scored.overall.complete ? undefined : strings.overallPending));
		for (const [i, r] of scored.dimensions.entries()) parts.push(part(model.dimensions[i]!.label, r, 'h3', undefined));
		// The live region itself stays in the page, empty when there is nothing to say, so that
		// screen readers announce what is written into it.
		result.replaceChildren(...parts);
		outdated.hidden = true;
		shown = true;
	}

	/** The answers as a list for the printed summary (hidden on screen, where the form shows them). */
	function renderSummary() {
		const answers = readAnswers();
		const nodes: HTMLElement[] = [el('h2', strings.yourAnswers)];
		for (const d of model.dimensions) {
			nodes.push(el('h3', d.label));
			const list = el('ol');
			for (const q of model.questions.filter((x) => x.dimension === d.id)) {
				const item = el('li');
				item.value = q.number;
				const answer = answers[q.id];
				item.append(
					el('span', q.text, 'memoria-summary-question'),
					el('span', answer === undefined ? strings.notAnswered : q.options[answer]!, 'memoria-summary-answer')
				);
				if (answer === undefined) item.dataset.unanswered = '';
				list.append(item);
			}
			nodes.push(list);
		}
		nodes.push(el('p', fill(strings.printedOn, { date: today.format(new Date()) }), 'memoria-summary-date'));
		summary.replaceChildren(...nodes);
	}

	function say(text: string) {
		status.textContent = text;
	}

	function clear() {
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
		try {
			store?.removeItem(key);
		} catch {
			// Nothing stored, nothing to remove.
		}
		shown = false;
		result.replaceChildren();
		outdated.hidden = true;
		summary.replaceChildren();
		say(strings.cleared);
	}

	form.addEventListener('change', (event) => {
		if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
		if (shown) outdated.hidden = false;
		save();
	});
	root.querySelector('[data-see]')!.addEventListener('click', () => {
		renderResult();
		save();
	});
	root.querySelector('[data-clear]')!.addEventListener('click', clear);
	root.querySelector('[data-print]')!.addEventListener('click', () => {
		renderResult();
		renderSummary();
		save();
		window.print();
	});
	// Printing from the browser's own menu gets the same summary.
	window.addEventListener('beforeprint', () => {
		if (Object.keys(readAnswers()).length > 0) renderResult();
		renderSummary();
	});
	// "Go to the first question without an answer" moves the focus there, not only the view.
	result.addEventListener('click', (event) => {
		const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-question]');
		if (!link) return;
		const first = radios(link.dataset.question!)[0];
		if (!first) return;
		event.preventDefault();
		first.focus();
		first.scrollIntoView({ block: 'center' });
	});

	// Restore what this browser kept from an earlier visit.
	const saved = load();
	if (saved && Object.keys(saved.answers).length > 0) {
		for (const [questionId, index] of Object.entries(saved.answers)) {
			const radio = radios(questionId)[index];
			if (radio) radio.checked = true;
		}
		say(strings.restored);
		if (saved.shown) renderResult();
	}

	// The controls and the note about storage only make sense with this script running.
	root.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
	const note = root.querySelector<HTMLElement>(store ? '[data-storage]' : '[data-no-storage]');
	if (note) note.hidden = false;
	root.dataset.ready = '';
}
