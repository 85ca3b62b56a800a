/**
 * The simulator's DOM pieces: an element with text (never HTML: names come from content files)
 * and one labelled select of an indicator's levels.
 */

/** A new element, its text set with textContent. */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One field: its label above a full-width select of the levels (0 = not claimed). */
export function levelField(
	id: string,
	texts: readonly string[],
	value: number,
	label: string,
	notClaimed: string,
	onChange: (value: number, field: HTMLElement) => void
): { field: HTMLDivElement; select: HTMLSelectElement } {
	const field = element('div');
	field.className = 'field';
	const caption = element('label', label);
	caption.htmlFor = id;
	const select = element('select');
	select.id = id;
	[`0: ${notClaimed}`, ...texts.map((text, index) => `${index + 1}: ${text}`)].forEach(
		(text, index) => {
			const option = element('option', text);
			option.value = String(index);
			option.selected = index === value;
			select.append(option);
		}
	);
	select.addEventListener('change', () => onChange(Number(select.value), field));
	field.append(caption, select);
	return { field, select };
}

/** Fills `{name}` placeholders of a dictionary text passed from the page. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
