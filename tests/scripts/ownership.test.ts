import { describe, expect, test } from 'vitest';
import { getOwnershipReasons, type Author } from '../../scripts/lib/checks/ownership.ts';
import type { FileChange } from '../../src/repository/git-fs.ts';

const owners = {
	coordinators: ['@pemkab/bappeda', '@koordinator-satu'],
	agencies: new Map<string, readonly string[]>([
		['dinkes', ['@Petugas-Dinkes', '@pemkab/dinkes']],
		['disdik', ['@pemkab/disdik']],
		['dishub', []],
	]),
};
const changed = (...paths: string[]): FileChange[] =>
	paths.map((path) => ({ status: 'diubah', path }));

describe('getOwnershipReasons: edits to agencies whose pemilik does not list the author', () => {
	test.each<[string, FileChange[], Author, string[]]>([
		[
			'an owner by account (case-insensitive)',
			changed('content/inovasi/dinkes/a.md', 'public/bukti/dinkes/a/sk.pdf'),
			{ login: 'petugas-dinkes' },
			[],
		],
		[
			'an owner through a team the workflow confirmed',
			changed('content/inovasi/disdik/a.md'),
			{ login: 'guru', teams: ['pemkab/disdik'] },
			[],
		],
		[
			'a coordinator, anywhere',
			changed('content/inovasi/disdik/a.md', 'content/pemda.yml'),
			{ login: 'koordinator-satu' },
			[],
		],
		[
			"another agency's files",
			changed('content/inovasi/disdik/a.md'),
			{ login: 'petugas-dinkes' },
			[
				'pengaju `@petugas-dinkes` tidak tercantum sebagai `pemilik` SKPD `disdik` (`@pemkab/disdik`); keanggotaan tim tidak diperiksa otomatis — pastikan sendiri, atau cantumkan akun pribadinya',
			],
		],
		[
			'team membership checked and absent',
			changed('public/bukti/disdik/a/sk.pdf'),
			{ login: 'x', teams: ['pemkab/dinkes'] },
			['pengaju `@x` tidak tercantum sebagai `pemilik` SKPD `disdik` (`@pemkab/disdik`)'],
		],
		[
			'an agency with no owners',
			changed('content/inovasi/dishub/a.md'),
			{ login: 'x' },
			['pengaju `@x` mengubah SKPD `dishub`, yang belum mencantumkan `pemilik` di cabang utama'],
		],
		[
			"the region's files by a non-coordinator",
			changed('public/bukti/pemda/lhp.pdf'),
			{ login: 'petugas-dinkes' },
			[
				'pengaju `@petugas-dinkes` bukan koordinator (`pemilik` di content/pemda.yml) tetapi mengubah berkas pemda',
			],
		],
		[
			'a verification file, even of its own innovation, by an agency owner',
			changed('content/verifikasi/dinkes/a.yml'),
			{ login: 'petugas-dinkes' },
			[
				'pengaju `@petugas-dinkes` bukan koordinator (`pemilik` di content/pemda.yml) tetapi mengubah berkas verifikasi (content/verifikasi/); hanya koordinator yang memverifikasi',
			],
		],
		[
			'the official record, by an agency owner',
			changed('content/arsip/resmi.yml'),
			{ login: 'petugas-dinkes' },
			[
				'pengaju `@petugas-dinkes` bukan koordinator (`pemilik` di content/pemda.yml) tetapi mengubah arsip resmi (content/arsip/); hanya koordinator yang mengubah catatan resmi',
			],
		],
		[
			'an agency file, moved from another agency',
			[
				{
					status: 'dipindah',
					from: 'content/inovasi/disdik/a.md',
					path: 'content/inovasi/dinkes/a.md',
				},
			],
			{ login: 'petugas-dinkes' },
			[
				'pengaju `@petugas-dinkes` tidak tercantum sebagai `pemilik` SKPD `disdik` (`@pemkab/disdik`); keanggotaan tim tidak diperiksa otomatis — pastikan sendiri, atau cantumkan akun pribadinya',
			],
		],
		[
			"an agency's own list of owners",
			changed('content/skpd/disdik.yml'),
			{ login: 'petugas-dinkes' },
			[
				'pengaju `@petugas-dinkes` tidak tercantum sebagai `pemilik` SKPD `disdik` (`@pemkab/disdik`); keanggotaan tim tidak diperiksa otomatis — pastikan sendiri, atau cantumkan akun pribadinya',
			],
		],
		[
			'files outside agencies (flagged elsewhere)',
			changed('scripts/x.ts', 'README.md'),
			{ login: 'x' },
			[],
		],
	])('%s', (_name, changes, author, expected) => {
		expect(getOwnershipReasons(changes, owners, author)).toEqual(expected);
	});
});
