/**
 * One agency (SKPD / Perangkat Daerah), `content/skpd/<skpd-id>.yml`; its id is the file name.
 */
import { z } from 'zod';
import { ContactSchema, OwnerSchema, plainText } from './shared.ts';

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
