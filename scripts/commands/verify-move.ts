/**
 * `npm run verifikasi -- pindah <lama> <baru>`: carries an innovation's verification record along
 * when its file was renamed (`git mv content/inovasi/<lama>.md content/inovasi/<baru>.md`), instead
 * of leaving it orphaned. Fingerprints read evidence by name within the innovation's own folder, so
 * every claim the rename did not change stays verified.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../src/lib/errors.ts';
import { getInnovationPath, getVerificationPath } from '../../src/repository/paths.ts';
import { writeNewFile } from '../../src/repository/write-new-file-fs.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Moves the record of `from` to `to`; returns the new file. Nothing is touched on an error. */
export function moveVerification(
	root: string,
	from: string | undefined,
	to: string | undefined
): string {
	if (!from || !to || !ID.test(from) || !ID.test(to))
		throw new UsageError(
			'pindah: sebutkan id lama dan baru, mis. pindah dinkes/sipandu dinkes/sipandu-plus'
		);
	const source = getVerificationPath(from);
	const target = getVerificationPath(to);
	if (!existsSync(join(root, source)))
		throw new UsageError(`pindah: ${source} tidak ada; tidak ada verifikasi yang perlu dipindah`);
	if (existsSync(join(root, getInnovationPath(from))))
		throw new UsageError(
			`pindah: ${getInnovationPath(from)} masih ada; ganti dulu nama berkas inovasinya (git mv ${getInnovationPath(from)} ${getInnovationPath(to)})`
		);
	if (!existsSync(join(root, getInnovationPath(to))))
		throw new UsageError(
			`pindah: ${getInnovationPath(to)} tidak ada; sebutkan nama barunya yang benar`
		);
	const text = readFileSync(join(root, source), 'utf8').replace(
		`content/inovasi/${from}.md`,
		`content/inovasi/${to}.md`
	);
	const refusal = writeNewFile(root, target, text);
	if (refusal) throw new UsageError(`pindah: ${target} ${refusal}`);
	unlinkSync(join(root, source));
	return target;
}
