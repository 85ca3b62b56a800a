import sax from 'sax';

/** Characters XML 1.0 allows (the `Char` production); sax does not check these itself. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Problems that make `text` unreadable as XML, parsed strictly (an RSS reader or a search engine
 * would refuse the whole file): the first parser error and the first character XML cannot hold.
 */
export function findXmlProblems(text: string): string[] {
	const problems: string[] = [];
	const bad = NOT_XML_CHAR.exec(text);
	if (bad)
		problems.push(
			`karakter U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} di posisi ${bad.index}`
		);
	const parser = sax.parser(true);
	parser.onerror = (error) => {
		problems.push(error.message.split('\n')[0]!);
		// sax stops at its first error unless the error is cleared (its types do not allow null).
		(parser as { error: Error | null }).error = null;
		parser.resume();
	};
	parser.write(text).close();
	return problems;
}
