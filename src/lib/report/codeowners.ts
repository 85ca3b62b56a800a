/**
 * `.github/CODEOWNERS` from the content: coordinators own everything; each agency also owns its
 * innovation folder and its evidence folder; `content/verifikasi/` stays the coordinators' alone. Later lines win in CODEOWNERS, so every agency line
 * names the coordinators too (they must still be able to review and merge).
 */

export interface AgencyOwners {
	id: string;
	pemilik: readonly string[];
}

/** The whole CODEOWNERS file (deterministic: agencies sorted by id). */
export function renderCodeowners(
	coordinators: readonly string[],
	agencies: readonly AgencyOwners[]
): string {
	const lead = coordinators.length > 0 ? coordinators.join(' ') : '';
	const lines = [
		'# Dibuat oleh `npm run codeowners` dari content/pemda.yml (pemilik = koordinator) dan',
		'# content/skpd/*.yml (pemilik = akun/tim SKPD). Jangan disunting langsung.',
		'',
		...(lead ? [`* ${lead}`, ''] : ['# Belum ada pemilik koordinator di content/pemda.yml.', '']),
	];
	for (const agency of [...agencies].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		const owners = [...new Set([...coordinators, ...agency.pemilik])].join(' ');
		if (!owners) continue;
		lines.push(`/content/inovasi/${agency.id}/ ${owners}`, `/public/bukti/${agency.id}/ ${owners}`);
	}
	// Verification is the coordinators' alone: stated explicitly (and last, where CODEOWNERS
	// looks first) so no agency line can ever cover it.
	if (lead) lines.push('', `/content/verifikasi/ ${lead}`);
	return `${lines.join('\n')}\n`;
}
