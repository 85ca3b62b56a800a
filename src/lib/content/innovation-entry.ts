/**
 * One valid innovation of a repository, as the loader returns it and every consumer (scoring, pages,
 * reports) receives it. Consumers that need less take a `Pick` of it.
 */
import type { InnovationData } from '../../schemas/innovation.ts';

export interface InnovationEntry {
	/** `<skpd>/<slug>`. */
	id: string;
	/** The agency folder: its owner. */
	skpd: string;
	/** The file name without `.md`. */
	slug: string;
	/** Repository-relative path of the Markdown file. */
	file: string;
	data: InnovationData;
	/** The Markdown body (empty when the loader was asked to keep scores only). */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyStartLine: number;
}
