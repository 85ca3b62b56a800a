/**
 * A verification record as the YAML file coordinators commit: a header naming the claim it
 * verifies, then the record in the schema's key order. Deterministic, so files diff cleanly.
 */
import { stringifyPortable } from '../content/portable-yaml.ts';
import type { InnovationVerification, RegionVerification } from '../../schemas/verification.ts';

/** The file text of a record verifying `claimFile`. */
export function toVerificationYaml(
	record: InnovationVerification | RegionVerification,
	claimFile: string
): string {
	const header = [
		`# Verifikasi koordinator atas ${claimFile}.`,
		'# Ditulis oleh npm run verifikasi; sidik mencatat klaim yang diverifikasi: bila klaim berubah,',
		'# verifikasinya kedaluwarsa sendiri. Jangan menyunting sidik dengan tangan.',
	];
	const ordered =
		'spd' in record
			? { spd: record.spd }
			: {
					...(record.layak !== undefined ? { layak: record.layak } : {}),
					...(record.alasan !== undefined ? { alasan: record.alasan } : {}),
					...(record.oleh !== undefined ? { oleh: record.oleh } : {}),
					...(record.tanggal !== undefined ? { tanggal: record.tanggal } : {}),
					...(record.sidik !== undefined ? { sidik: record.sidik } : {}),
					indikator: record.indikator,
				};
	return `${header.join('\n')}\n${stringifyPortable(ordered)}`;
}
