/**
 * The filter groups (filters.ts) as fieldsets of checkboxes labelled "value (count)". The
 * section around them hides when there is no group to show.
 */
import type { FilterGroup } from './filters';

export function drawFilters(box: HTMLElement, groups: readonly FilterGroup[], toggle: (key: string, value: string, on: boolean) => void): void {
	box.replaceChildren(
		...groups.map((group) => {
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = group.heading;
			fieldset.append(legend);
			for (const { value, count, checked } of group.values) {
				const label = document.createElement('label');
				const checkbox = document.createElement('input');
				checkbox.type = 'checkbox';
				checkbox.name = group.key;
				checkbox.value = value;
				checkbox.checked = checked;
				checkbox.addEventListener('change', () => toggle(group.key, value, checkbox.checked));
				label.append(checkbox, ` ${value} (${count})`);
				fieldset.append(label);
			}
			return fieldset;
		})
	);
	const section = box.closest('section');
	if (section) section.hidden = groups.length === 0;
}
