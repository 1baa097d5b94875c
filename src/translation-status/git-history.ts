import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * When each file last changed, from one `git log` over a folder, plus the working tree's
 * uncommitted changes. It says what it cannot know: no git, a shallow clone whose oldest
 * commit hides older history, or a file git has never seen.
 */
export interface FileTime {
	/** Seconds since the epoch of the last change, or undefined when it cannot be known. */
	time: number | undefined;
	/** The file has changes git has not committed (its time is then the file's modification time). */
	uncommitted: boolean;
	/** Why the time is unknown, when it is. */
	unknown?: 'no-git' | 'shallow' | 'not-in-history';
}

export interface GitHistory {
	available: boolean;
	shallow: boolean;
	timeOf(path: string): FileTime;
}

function git(cwd: string, args: string[]): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

export function readGitHistory(folder: string): GitHistory {
	const root = resolve(folder);
	let top: string;
	try {
		top = git(root, ['rev-parse', '--show-toplevel']).trim();
	} catch {
		return { available: false, shallow: false, timeOf: (path) => ({ time: mtime(path), uncommitted: true, unknown: 'no-git' }) };
	}
	const shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
	const relativeFolder = relative(top, root) || '.';

	// 1. Last commit time per file: the log is newest first, so the first time seen wins.
	const last = new Map<string, number>();
	let current = 0;
	let oldest = Infinity;
	let log = '';
	try {
		log = git(top, ['log', '--format=%x01%ct', '--name-only', '--no-renames', '--', relativeFolder]);
	} catch {
		// A repository without commits yet: everything is uncommitted.
	}
	for (const line of log.split('\n')) {
		if (line.startsWith('\x01')) {
			current = Number(line.slice(1));
			oldest = Math.min(oldest, current);
		} else if (line && !last.has(line)) last.set(line, current);
	}

	// 2. Files with uncommitted changes, staged or not, and files git does not track yet.
	const dirty = new Set<string>();
	const status = git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', relativeFolder]);
	for (const record of status.split('\0')) if (record.length > 3) dirty.add(record.slice(3));

	return {
		available: true,
		shallow,
		timeOf(path) {
			const absolute = isAbsolute(path) ? path : join(root, path);
			const key = relative(top, absolute);
			if (dirty.has(key)) return { time: mtime(absolute), uncommitted: true };
			const time = last.get(key);
			if (time === undefined) return { time: undefined, uncommitted: false, unknown: 'not-in-history' };
			// In a shallow clone the oldest commit seems to touch every file it contains.
			if (shallow && time === oldest) return { time: undefined, uncommitted: false, unknown: 'shallow' };
			return { time, uncommitted: false };
		},
	};
}

function mtime(path: string): number | undefined {
	try {
		return Math.floor(statSync(path).mtimeMs / 1000);
	} catch {
		return undefined;
	}
}
