/**
 * The legacy app's rich text (HTML from its editor, sometimes with PHP's escaped quotes) as clean
 * Markdown paragraphs: tags dropped (script and style with their content), entities decoded, `<`
 * and `>` kept as Markdown entities so no tag reappears, lists as `- ` items.
 */

const NAMED: Record<string, string> = {
	nbsp: ' ',
	amp: '&',
	quot: '"',
	apos: "'",
	hellip: '…',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	bull: '•',
	middot: '·',
	deg: '°',
	copy: '©',
	reg: '®',
};

/** Decodes one entity; `<` and `>` stay as Markdown entities (they would start a tag). */
function decodeEntity(entity: string, body: string): string {
	if (body === 'lt' || body === 'gt') return entity;
	if (body.startsWith('#')) {
		const code =
			body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
		if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return '';
		if (code === 60) return '&lt;';
		if (code === 62) return '&gt;';
		// Controls and noncharacters would be refused by the checks: dropped here.
		if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code & 0xfffe) === 0xfffe) return ' ';
		return String.fromCodePoint(code);
	}
	return NAMED[body.toLowerCase()] ?? entity;
}

/** Legacy rich text as Markdown paragraphs. */
export function htmlToText(value: string): string {
	return value
		.replace(/\\(["'\\])/g, '$1')
		.replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
		.replace(/<\s*br\s*\/?>/gi, '\n')
		.replace(/<\/\s*(p|div|li|h\d)\s*>/gi, '\n\n')
		.replace(/<\s*li[^>]*>/gi, '- ')
		.replace(/<[^>]*>/g, '')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, (entity, body: string) =>
			decodeEntity(entity, body)
		)
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
