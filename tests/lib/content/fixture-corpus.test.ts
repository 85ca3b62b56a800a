import { describe, expect, test } from 'vitest';
import { listFixtures, validateFixture } from '../../helpers/fixtures.ts';

/**
 * The validator's fixture corpus, checked in both directions: every fixture has an expectation and
 * every expectation has a fixture. A finding is written `line:column severity key`.
 * See tests/fixtures/README.md for the naming rule.
 */
const VALID: Record<string, string[]> = {
	'body_external_image.md': ['53:19 peringatan'],
	'crlf_bom.md': [],
	'extra_section.md': ['65:1 peringatan'],
	'html_in_body.md': ['53:1 peringatan'],
	'inisiatif_short.md': ['2:1 peringatan indikator', '11:1 peringatan'],
	'kemanfaatan_efisiensi_above_check.md': ['15:57 peringatan indikator.kemanfaatan.nilai'],
	'kemanfaatan_nilai_consistent.md': [],
	'kemanfaatan_nilai_below.md': [],
	'minimal.md': [],
	'national_form_fields.md': [],
	'regulasi_perkada_2026.md': ['12:100 peringatan indikator.regulasi.bukti.0.tanggal'],
	'regulasi_sk_other_year.md': ['12:100 peringatan indikator.regulasi.bukti.0.tanggal'],
	'optional_keys_full.md': [],
	'quoted_dates.md': [],
	'single_values.md': [],
	'skpd_matching.md': [],
	'yaml_unquoted_query.md': ['16:34 peringatan indikator.video.bukti.0'],
};

const INVALID: Record<string, string[]> = {
	'asta_cita_unknown.md': ['11:12 galat asta_cita'],
	'bentuk_invalid.md': ['7:9 galat bentuk'],
	'bukti_detail_unknown_key.md': ['12:76 galat indikator.regulasi.bukti.0.nomer'],
	// One message for the future date: the regulation-dating warning leaves it to the error.
	'bukti_tanggal_future.md': ['12:85 galat indikator.regulasi.bukti.0.tanggal'],
	'dokumen_wrong_type.md': ['11:22 galat dokumen.anggaran'],
	'koordinat_outside_indonesia.md': ['11:12 galat koordinat'],
	'body_http_link.md': ['53:38 galat'],
	'body_noncharacter.md': ['53:11 galat'],
	'body_scheme_relative_link.md': ['53:19 galat'],
	'body_userinfo_link.md': ['53:22 galat'],
	'bukti_userinfo.md': ['14:38 galat indikator.kecepatan.bukti.0'],
	'bukti_empty.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_fake_content.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_bidi_url.md': ['14:38 galat indikator.kecepatan.bukti.0'],
	'bukti_http.md': ['14:38 galat indikator.kecepatan.bukti.0'],
	'bukti_javascript.md': ['14:38 galat indikator.kecepatan.bukti.0'],
	'bukti_not_found.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_out_of_range.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_outside_folder.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_space_name.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_traversal.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_unknown_type.md': ['12:37 galat indikator.regulasi.bukti.0'],
	'bukti_wrong_type.md': ['16:40 galat indikator.sosialisasi.bukti.0'],
	'encoding_crlf_bom_position.md': ['8:9 galat urusan'],
	'encoding_latin1.md': ['1:1 galat'],
	'encoding_nul.md': ['1:1 galat'],
	'encoding_utf16.md': ['1:1 galat'],
	'frontmatter_js.md': ['1:1 galat'],
	'frontmatter_missing.md': ['1:1 galat'],
	'frontmatter_not_mapping.md': ['1:1 galat'],
	'frontmatter_toml.md': ['1:1 galat'],
	'frontmatter_unclosed.md': ['1:1 galat'],
	'indikator_answer_unknown_key.md': ['12:29 galat indikator.regulasi.buktii'],
	'indikator_bukti_missing.md': ['13:8 galat indikator.sdm.bukti'],
	'indikator_parameter_invalid_type.md': [
		'11:1 peringatan indikator',
		'12:26 galat indikator.regulasi.parameter',
	],
	'indikator_parameter_negative.md': [
		'11:1 peringatan indikator',
		'12:26 galat indikator.regulasi.parameter',
	],
	'indikator_parameter_not_integer.md': ['12:26 galat indikator.regulasi.parameter'],
	'indikator_parameter_out_of_range.md': ['12:26 galat indikator.regulasi.parameter'],
	'indikator_unknown_key.md': ['11:1 peringatan indikator', '12:3 galat indikator.regulasii'],
	'inisiator_invalid.md': ['5:12 galat inisiator'],
	'jenis_invalid.md': ['6:8 galat jenis'],
	'keterangan_bidi.md': ['14:99 galat indikator.kecepatan.keterangan'],
	'kemanfaatan_dasar_invalid.md': ['15:39 galat indikator.kemanfaatan.dasar'],
	'kemanfaatan_dasar_missing.md': ['15:16 galat indikator.kemanfaatan.dasar'],
	'kemanfaatan_nilai_inconsistent.md': ['15:64 galat indikator.kemanfaatan.nilai'],
	'kemanfaatan_nilai_invalid_type.md': ['15:64 galat indikator.kemanfaatan.nilai'],
	'klasifikasi_invalid.md': ['6:14 galat klasifikasi'],
	'kontak_email_invalid.md': ['11:10 galat kontak.email'],
	'kontak_telepon_invalid_type.md': [
		'10:12 peringatan kontak.telepon',
		'10:12 galat kontak.telepon',
	],
	'nama_bidi.md': ['2:7 galat nama'],
	'nama_empty.md': ['2:7 galat nama'],
	'nama_html.md': ['2:7 galat nama'],
	'nama_missing.md': ['3:1 galat nama'],
	'nama_null.md': ['2:6 galat nama'],
	'nama_out_of_range.md': ['2:7 galat nama'],
	'penghargaan_invalid.md': ['11:12 galat penghargaan.0.tahun'],
	'penghargaan_missing.md': ['10:5 galat penghargaan.0.pemberi'],
	'rancang_bangun_short.md': ['19:1 galat'],
	'ringkasan_control.md': ['3:12 galat ringkasan'],
	'ringkasan_invalid_type.md': ['3:12 galat ringkasan'],
	'ringkasan_multiline.md': ['3:12 galat ringkasan'],
	'ringkasan_out_of_range.md': ['3:12 galat ringkasan'],
	'root_key_bidi.md': [
		'2:1 galat ringkasan',
		'3:1 galat ring\u202Ekasan',
		'3:1 galat ring\u202Ekasan',
	],
	'root_unknown_key.md': ['3:1 galat ringksan'],
	'section_missing.md': ['59:1 galat'],
	'section_order.md': ['19:1 galat'],
	'skpd_mismatch.md': ['9:7 galat skpd'],
	'tahapan_invalid.md': ['4:10 galat tahapan'],
	'tahapan_missing.md': ['2:1 galat tahapan'],
	'tautan_http.md': ['9:9 galat tautan'],
	'tautan_javascript.md': ['9:9 galat tautan'],
	'tautan_userinfo.md': ['9:9 galat tautan'],
	'tematik_duplicate.md': ['9:24 galat tematik.1'],
	'tematik_invalid.md': ['9:10 galat tematik.0'],
	'urusan_invalid.md': ['8:9 galat urusan'],
	'urusan_lain_duplicate.md': ['9:35 galat urusan_lain.2'],
	'urusan_lain_invalid.md': ['9:23 galat urusan_lain.1'],
	'urusan_missing.md': ['2:1 galat urusan'],
	'waktu_penerapan_before_trial.md': ['10:18 galat waktu_penerapan'],
	'waktu_penerapan_future.md': ['10:18 galat waktu_penerapan'],
	'waktu_penerapan_missing.md': ['2:1 galat waktu_penerapan'],
	'waktu_pengembangan_future.md': ['11:21 galat waktu_pengembangan'],
	'waktu_uji_coba_impossible.md': ['9:17 galat waktu_uji_coba'],
	'waktu_uji_coba_invalid.md': ['9:17 galat waktu_uji_coba'],
	'waktu_uji_coba_invalid_type.md': ['9:17 galat waktu_uji_coba'],
	'waktu_uji_coba_missing.md': ['2:1 galat waktu_uji_coba'],
	'yaml_alias_bomb.md': ['1:1 galat'],
	'yaml_custom_tag.md': ['2:7 galat'],
	'yaml_duplicate_key.md': ['7:1 galat'],
	'yaml_tab_indent.md': ['13:1 galat', '14:1 galat', '15:1 galat', '16:1 galat'],
	'yaml_unclosed_flow.md': ['13:60 galat', '14:3 galat'],
};

function summarise(kind: 'valid' | 'invalid', name: string): string[] {
	return validateFixture(kind, name).findings.map(
		(f) => `${f.line}:${f.column} ${f.severity}${f.key ? ` ${f.key}` : ''}`
	);
}

describe.each([
	{ kind: 'valid' as const, table: VALID },
	{ kind: 'invalid' as const, table: INVALID },
])('$kind fixtures', ({ kind, table }) => {
	test('every fixture has an expectation and every expectation a fixture', () => {
		expect(listFixtures(kind)).toEqual(Object.keys(table).sort());
	});

	test.each(Object.entries(table))('%s', (name, expected) => {
		const result = validateFixture(kind, name);
		expect(summarise(kind, name)).toEqual(expected);
		const hasError = result.findings.some((f) => f.severity === 'galat');
		expect(hasError).toBe(kind === 'invalid');
		// Only files without errors yield data for the site and the scores.
		expect(result.data !== undefined).toBe(kind === 'valid');
	});
});
