/**
 * A CSV opened as a coordinator's spreadsheet would open it: Debian's LibreOffice imports it with
 * formula evaluation on and a chosen list separator (`;` as Indonesian Excel uses, or `,`), and the
 * flat OpenDocument it saves is read back for formula cells and numbers.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface SpreadsheetCells {
	/** Formulas LibreOffice made of any cell (`of:=…`); a safe CSV gives none. */
	formulas: string[];
	/** Cells read as numbers. */
	numbers: number[];
}

/** Opens `csvFile` in LibreOffice with `separator` and lists formula and number cells. */
export function openCsvInLibreOffice(csvFile: string, separator: ';' | ','): SpreadsheetCells {
	const dir = mkdtempSync(join(tmpdir(), 'katalog-lo-'));
	try {
		const copy = join(dir, basename(csvFile));
		copyFileSync(csvFile, copy);
		// Filter options: separator, text delimiter ("), UTF-8 (76), first line 1, then "evaluate
		// formulas" (13th token) on, as a spreadsheet that runs whatever it is given.
		const options = `CSV:${separator.charCodeAt(0)},34,76,1,,,false,false,false,false,false,false,true`;
		const result = spawnSync(
			'soffice',
			[
				`-env:UserInstallation=file://${dir}/profil`,
				'--headless',
				`--infilter=${options}`,
				'--convert-to',
				'fods',
				'--outdir',
				dir,
				copy,
			],
			{ encoding: 'utf8', timeout: 120_000 }
		);
		const fods = readFileSync(join(dir, basename(csvFile).replace(/\.csv$/, '.fods')), 'utf8');
		if (result.status !== 0) throw new Error(result.stderr);
		return {
			formulas: [...fods.matchAll(/table:formula="([^"]*)"/g)].map((match) => match[1]!),
			numbers: [...fods.matchAll(/office:value-type="float" office:value="([^"]*)"/g)].map(
				(match) => Number(match[1])
			),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
