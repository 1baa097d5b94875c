/**
 * Changes to a text by character ranges, applied together: the rest of the text stays exactly as
 * it was written (a Markdown printer would reformat every page), and a place in the old text can
 * still be found in the new one, for the report's line numbers.
 */

export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

export interface EditedText {
	text: string;
	/** Where a character of the old text is in the new one (an edit's start, for one inside an edit). */
	moved(offset: number): number;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): EditedText {
	// Later edits first would keep offsets valid, but overlapping edits must be refused either way: the first one wins.
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	const kept: TextEdit[] = [];
	for (const edit of sorted) if (kept.length === 0 || edit.start >= kept.at(-1)!.end) kept.push(edit);
	let out = '';
	let at = 0;
	for (const edit of kept) {
		out += text.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	out += text.slice(at);
	const moved = (offset: number) => {
		let shift = 0;
		for (const edit of kept) {
			if (offset < edit.start) break;
			if (offset < edit.end) return edit.start + shift;
			shift += edit.text.length - (edit.end - edit.start);
		}
		return offset + shift;
	};
	return { text: out, moved };
}

/** The line (1-based) of a character of a text. */
export const lineAt = (text: string, offset: number) => {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
};
