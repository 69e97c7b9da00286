import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under a folder (a build's output), at any depth. */
export function listHtmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listHtmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}
