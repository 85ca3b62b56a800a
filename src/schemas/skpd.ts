/**
 * One agency (SKPD / Perangkat Daerah), `content/skpd/<skpd-id>.yml`; its id is the file name.
 */
import { z } from 'zod';
import { ContactSchema, plainText } from './shared.ts';

/** A code-host account or team, e.g. `@tanbu-dinkes` or `@pemkab-tanbu/dinkes`. */
const OwnerSchema = z
	.string()
	.regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/, {
		message: 'pemilik ditulis sebagai akun atau tim, mis. @pemkab-tanbu/dinkes',
	});

export const SkpdSchema = z.strictObject({
	/** Full official name, e.g. `Dinas Kesehatan`. */
	nama: plainText(200),
	/** Short name, e.g. `Dinkes`. */
	singkatan: plainText(40),
	/** Accounts/teams allowed to submit for this agency; feeds `.github/CODEOWNERS`. Default empty. */
	pemilik: z.array(OwnerSchema).max(20).default([]),
	/** Agency contact: `{ nama, email, telepon, alamat }`. */
	kontak: ContactSchema.extend({
		/** Postal address of the office. */
		alamat: plainText(300).optional(),
	}).optional(),
});

export type SkpdInput = z.input<typeof SkpdSchema>;
export type Skpd = z.output<typeof SkpdSchema>;
