/** Searching after a pause in typing (src/search/browser/core/typing-pause.ts), on a fake clock. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTyping } from '../../src/search/browser/core/typing-pause';

describe('searching after a pause in typing', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('searches once, a pause after the last key', () => {
		const search = vi.fn();
		const typing = afterTyping(search, 200);
		typing.typed();
		vi.advanceTimersByTime(150);
		typing.typed();
		vi.advanceTimersByTime(199);
		expect(search).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(search).toHaveBeenCalledTimes(1);
	});

	it('searches at once on Enter, and not again when the pause ends', () => {
		const search = vi.fn();
		const typing = afterTyping(search, 200);
		typing.typed();
		typing.now();
		expect(search).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1000);
		expect(search).toHaveBeenCalledTimes(1);
	});
});
