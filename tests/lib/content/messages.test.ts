import { expect, test } from 'vitest';
import { listFixtures, validateFixture } from '../../helpers/fixtures.ts';

/** Pins the wording of every message of the invalid corpus, so a change shows up in review. */
test('messages of the invalid corpus', () => {
	const text = listFixtures('invalid')
		.flatMap((name) =>
			validateFixture('invalid', name).findings.filter((f) => f.severity === 'galat')
		)
		.map(
			(f) =>
				`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.key ? `${f.key}: ` : ''}${f.message}`
		)
		.join('\n');
	expect(text).toMatchInlineSnapshot(`
		"invalid/asta_cita_unknown.md:11:12: galat: asta_cita: asta_cita harus salah satu dari 1, 2, 3, 4, 5, 6, 7, 8
		invalid/bentuk_invalid.md:7:9: galat: bentuk: \`pelayanan publik\` bukan nilai yang dikenal; mungkin maksud Anda \`pelayanan-publik\`? (pilihan: tata-kelola, pelayanan-publik, lainnya)
		invalid/body_http_link.md:53:38: galat: tautan \`http://dinkes.tanahbumbukab.go.id/laporan\` memakai http:// yang tidak aman; ganti dengan https://
		invalid/body_noncharacter.md:53:11: galat: isi: berisi karakter tak terlihat U+FFFE (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya
		invalid/body_scheme_relative_link.md:53:19: galat: tautan \`//jahat.example/formulir.pdf\` tanpa skema; tulis lengkap dengan https://
		invalid/body_userinfo_link.md:53:22: galat: tautan \`https://tanahbumbukab.go.id@jahat.example/masuk\` memuat bagian sebelum @ (nama pengguna atau sandi) yang menyamarkan tujuannya; hapus bagian itu
		invalid/bukti_bidi_url.md:14:38: galat: indikator.kecepatan.bukti.0: berisi karakter tak terlihat U+202E (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya
		invalid/bukti_detail_unknown_key.md:12:76: galat: indikator.regulasi.bukti.0.nomer: kunci \`nomer\` tidak dikenal; mungkin maksud Anda \`nomor\`?
		invalid/bukti_empty.md:12:37: galat: indikator.regulasi.bukti.0: bukti tidak boleh kosong
		invalid/bukti_fake_content.md:12:37: galat: indikator.regulasi.bukti.0: isi berkas public/bukti/dinkes/contoh/palsu.pdf bukan PDF sungguhan; ekspor ulang berkasnya dengan format yang benar
		invalid/bukti_http.md:14:38: galat: indikator.kecepatan.bukti.0: tautan \`http://dinkes.tanahbumbukab.go.id/laporan.pdf\` memakai http:// yang tidak aman; ganti dengan https://
		invalid/bukti_javascript.md:14:38: galat: indikator.kecepatan.bukti.0: bukti harus berupa jalur /bukti/<skpd>/<slug>/<berkas> atau tautan https://
		invalid/bukti_not_found.md:12:37: galat: indikator.regulasi.bukti.0: berkas bukti tidak ditemukan: public/bukti/dinkes/contoh/SK.pdf; unggah berkasnya atau perbaiki nama berkas (huruf besar/kecil berpengaruh)
		invalid/bukti_out_of_range.md:12:37: galat: indikator.regulasi.bukti.0: berkas bukti terlalu besar (11.0 MiB; maksimal 10 MiB); kompres berkasnya atau unggah ke tautan https://
		invalid/bukti_outside_folder.md:12:37: galat: indikator.regulasi.bukti.0: bukti harus berada langsung di folder inovasi ini sendiri: public/bukti/dinkes/contoh/<berkas>; pindahkan berkasnya ke sana
		invalid/bukti_space_name.md:12:37: galat: indikator.regulasi.bukti.0: nama berkas \`sk perbup.pdf\` hanya boleh berisi huruf, angka, titik, minus, dan garis bawah (tanpa spasi)
		invalid/bukti_tanggal_future.md:12:85: galat: indikator.regulasi.bukti.0.tanggal: tanggal dokumen 2030-01-01 masih di masa depan (hari ini 2026-11-27); tulis tanggal yang tercantum di dokumen
		invalid/bukti_traversal.md:12:37: galat: indikator.regulasi.bukti.0: jalur bukti \`/bukti/dinkes/contoh/../../../../etc/passwd\` tidak valid; tulis tanpa \`..\`, \`//\`, \`\\\` atau %, mis. /bukti/dinkes/contoh/sk.pdf
		invalid/bukti_unknown_type.md:12:37: galat: indikator.regulasi.bukti.0: jenis berkas .docx tidak diterima untuk jawaban ini; gunakan PDF
		invalid/bukti_userinfo.md:14:38: galat: indikator.kecepatan.bukti.0: tautan \`https://petugas:rahasia@dinkes.tanahbumbukab.go.id/laporan.pdf\` memuat bagian sebelum @ (nama pengguna atau sandi) yang menyamarkan tujuannya; hapus bagian itu
		invalid/bukti_wrong_type.md:16:40: galat: indikator.sosialisasi.bukti.0: jenis berkas .pdf tidak diterima untuk jawaban ini; gunakan JPG/PNG
		invalid/dokumen_wrong_type.md:11:22: galat: dokumen.anggaran: jenis berkas .png tidak diterima untuk jawaban ini; gunakan PDF
		invalid/encoding_crlf_bom_position.md:8:9: galat: urusan: \`kesehatn\` bukan nilai yang dikenal; mungkin maksud Anda \`kesehatan\`? (lihat daftar pilihan di content/README.md)
		invalid/encoding_latin1.md:1:1: galat: berkas bukan UTF-8 yang valid; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)
		invalid/encoding_nul.md:1:1: galat: berkas berisi karakter NUL (berkas biner?); simpan sebagai teks UTF-8
		invalid/encoding_utf16.md:1:1: galat: berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)
		invalid/frontmatter_js.md:1:1: galat: frontmatter harus YAML biasa yang diawali \`---\`, bukan \`---js\`; bagian ini tidak dijalankan
		invalid/frontmatter_missing.md:1:1: galat: berkas harus diawali frontmatter: baris pertama \`---\`, lalu kunci: nilai, lalu \`---\`
		invalid/frontmatter_not_mapping.md:1:1: galat: isi harus berupa pasangan \`kunci: nilai\`, mis. \`nama: Dinas Kesehatan\`
		invalid/frontmatter_toml.md:1:1: galat: frontmatter harus YAML biasa yang diawali \`---\`, bukan \`---toml\`; bagian ini tidak dijalankan
		invalid/frontmatter_unclosed.md:1:1: galat: frontmatter tidak ditutup; tambahkan baris \`---\` setelah kunci terakhir
		invalid/indikator_answer_unknown_key.md:12:29: galat: indikator.regulasi.buktii: kunci \`buktii\` tidak dikenal; mungkin maksud Anda \`bukti\`?
		invalid/indikator_bukti_missing.md:13:8: galat: indikator.sdm.bukti: parameter diklaim tanpa bukti; tambahkan minimal satu bukti, atau ubah parameter menjadi 0
		invalid/indikator_parameter_invalid_type.md:12:26: galat: indikator.regulasi.parameter: parameter harus berupa angka bulat 0–3
		invalid/indikator_parameter_negative.md:12:26: galat: indikator.regulasi.parameter: parameter paling kecil 0 (tidak diklaim)
		invalid/indikator_parameter_not_integer.md:12:26: galat: indikator.regulasi.parameter: parameter harus berupa angka bulat 0–3
		invalid/indikator_parameter_out_of_range.md:12:26: galat: indikator.regulasi.parameter: parameter paling besar 3
		invalid/indikator_unknown_key.md:12:3: galat: indikator.regulasii: kunci \`regulasii\` tidak dikenal; mungkin maksud Anda \`regulasi\`?
		invalid/inisiator_invalid.md:5:12: galat: inisiator: \`dinas\` bukan nilai yang dikenal (pilihan: kepala-daerah, anggota-dprd, perangkat-daerah, asn, masyarakat)
		invalid/jenis_invalid.md:6:8: galat: jenis: \`daring\` bukan nilai yang dikenal (pilihan: digital, non-digital)
		invalid/kemanfaatan_dasar_invalid.md:15:39: galat: indikator.kemanfaatan.dasar: \`penerima\` bukan nilai yang dikenal (pilihan: penerima-manfaat, cakupan, efisiensi, pendapatan, produk, tren)
		invalid/kemanfaatan_dasar_missing.md:15:16: galat: indikator.kemanfaatan.dasar: pilih dasar pengukuran kemanfaatan: penerima-manfaat, cakupan, efisiensi, pendapatan, produk, tren
		invalid/kemanfaatan_nilai_inconsistent.md:15:64: galat: indikator.kemanfaatan.nilai: nilai 150 orang pada dasar penerima-manfaat hanya mendukung parameter 1, bukan 3; turunkan parameter menjadi 1 atau periksa nilainya
		invalid/kemanfaatan_nilai_invalid_type.md:15:64: galat: indikator.kemanfaatan.nilai: nilai harus berupa angka, mis. 1250 atau 35.5
		invalid/keterangan_bidi.md:14:99: galat: indikator.kecepatan.keterangan: berisi karakter tak terlihat U+202E (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya
		invalid/klasifikasi_invalid.md:6:14: galat: klasifikasi: \`kelurahan\` bukan nilai yang dikenal (pilihan: perangkat-daerah, desa, masyarakat)
		invalid/kontak_email_invalid.md:11:10: galat: kontak.email: alamat surel tidak valid, mis. dinkes@tanahbumbukab.go.id
		invalid/kontak_telepon_invalid_type.md:10:12: galat: kontak.telepon: tulis nomor telepon di antara tanda kutip agar angka 0 di depan tidak hilang, mis. "0812 3456 7890"
		invalid/koordinat_outside_indonesia.md:11:12: galat: koordinat: koordinat 51.5, -0.12 di luar Indonesia; periksa urutannya (lintang dulu, lalu bujur) dan tandanya (lintang selatan negatif)
		invalid/nama_bidi.md:2:7: galat: nama: berisi karakter tak terlihat U+202E (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya
		invalid/nama_empty.md:2:7: galat: nama: wajib diisi
		invalid/nama_html.md:2:7: galat: nama: tulis sebagai teks biasa tanpa tag HTML
		invalid/nama_missing.md:3:1: galat: nama: wajib diisi
		invalid/nama_null.md:2:6: galat: nama: tidak boleh kosong; isi nilainya atau hapus barisnya
		invalid/nama_out_of_range.md:2:7: galat: nama: terlalu panjang: maksimal 160 karakter
		invalid/penghargaan_invalid.md:11:12: galat: penghargaan.0.tahun: tahun harus berupa angka, mis. 2025
		invalid/penghargaan_missing.md:10:5: galat: penghargaan.0.pemberi: wajib diisi
		invalid/rancang_bangun_short.md:19:1: galat: Rancang Bangun baru 5 kata; pedoman meminta minimal 300 kata: dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan dan kebaruan, tahapan inovasi
		invalid/ringkasan_control.md:3:12: galat: ringkasan: berisi karakter tak terlihat U+0007 (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya
		invalid/ringkasan_invalid_type.md:3:12: galat: ringkasan: diharapkan teks, tetapi tertulis daftar
		invalid/ringkasan_multiline.md:3:12: galat: ringkasan: tulis dalam satu baris
		invalid/ringkasan_out_of_range.md:3:12: galat: ringkasan: terlalu panjang: maksimal 280 karakter
		invalid/root_key_bidi.md:2:1: galat: ringkasan: wajib diisi
		invalid/root_key_bidi.md:3:1: galat: ring‮kasan: kunci \`ring‮kasan\` tidak dikenal; mungkin maksud Anda \`ringkasan\`?
		invalid/root_key_bidi.md:3:1: galat: ring‮kasan: nama kunci berisi karakter tak terlihat U+202E (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya
		invalid/root_unknown_key.md:3:1: galat: ringksan: kunci \`ringksan\` tidak dikenal; mungkin maksud Anda \`ringkasan\`?
		invalid/section_missing.md:59:1: galat: bagian \`## Hasil\` belum ada; isi berkas harus memuat ## Rancang Bangun, ## Tujuan, ## Manfaat, ## Hasil, berurutan
		invalid/section_order.md:19:1: galat: urutan bagian harus Rancang Bangun, Tujuan, Manfaat, Hasil
		invalid/skpd_mismatch.md:9:7: galat: skpd: skpd \`disdik\` tidak sama dengan folder \`dinkes\`; hapus kunci ini (folder sudah menentukan pemilik) atau pindahkan berkasnya
		invalid/tahapan_invalid.md:4:10: galat: tahapan: \`penerapn\` bukan nilai yang dikenal; mungkin maksud Anda \`penerapan\`? (pilihan: inisiatif, uji-coba, penerapan)
		invalid/tahapan_missing.md:2:1: galat: tahapan: wajib diisi; pilihan: inisiatif, uji-coba, penerapan
		invalid/tautan_http.md:9:9: galat: tautan: tautan \`http://sipandu.tanahbumbukab.go.id\` memakai http:// yang tidak aman; ganti dengan https://
		invalid/tautan_javascript.md:9:9: galat: tautan: tautan harus diawali https://, mis. https://tanahbumbukab.go.id/layanan
		invalid/tautan_userinfo.md:9:9: galat: tautan: tautan \`https://tanahbumbukab.go.id@evil.example/layanan\` memuat bagian sebelum @ (nama pengguna atau sandi) yang menyamarkan tujuannya; hapus bagian itu
		invalid/tematik_duplicate.md:9:24: galat: tematik.1: \`asta-cita-4\` sudah tertulis sebelumnya; hapus salah satunya
		invalid/tematik_invalid.md:9:10: galat: tematik.0: \`asta-cita-9\` bukan nilai yang dikenal; mungkin maksud Anda \`asta-cita-1\`? (lihat daftar pilihan di content/README.md)
		invalid/urusan_invalid.md:8:9: galat: urusan: \`kesehatn\` bukan nilai yang dikenal; mungkin maksud Anda \`kesehatan\`? (lihat daftar pilihan di content/README.md)
		invalid/urusan_lain_duplicate.md:9:35: galat: urusan_lain.2: \`sosial\` sudah tertulis sebelumnya; hapus salah satunya
		invalid/urusan_lain_invalid.md:9:23: galat: urusan_lain.1: \`kominfo\` bukan nilai yang dikenal (lihat daftar pilihan di content/README.md)
		invalid/urusan_missing.md:2:1: galat: urusan: wajib diisi; lihat daftar pilihan di content/README.md
		invalid/waktu_penerapan_before_trial.md:10:18: galat: waktu_penerapan: waktu_penerapan (2024-01-15) tidak boleh sebelum waktu_uji_coba (2024-02-05)
		invalid/waktu_penerapan_future.md:10:18: galat: waktu_penerapan: tanggal 2999-01-01 masih di masa depan (hari ini 2026-11-27); isi tanggal yang sudah terjadi
		invalid/waktu_penerapan_missing.md:2:1: galat: waktu_penerapan: wajib diisi untuk tahapan penerapan: tanggal mulai penerapan, mis. 2024-07-01
		invalid/waktu_pengembangan_future.md:11:21: galat: waktu_pengembangan: tanggal 2999-12-31 masih di masa depan (hari ini 2026-11-27); isi tanggal yang sudah terjadi
		invalid/waktu_uji_coba_impossible.md:9:17: galat: waktu_uji_coba: tanggal harus berformat YYYY-MM-DD dan benar-benar ada, mis. 2024-07-01
		invalid/waktu_uji_coba_invalid.md:9:17: galat: waktu_uji_coba: tanggal harus berformat YYYY-MM-DD dan benar-benar ada, mis. 2024-07-01
		invalid/waktu_uji_coba_invalid_type.md:9:17: galat: waktu_uji_coba: tanggal harus berformat YYYY-MM-DD, mis. 2024-07-01
		invalid/waktu_uji_coba_missing.md:2:1: galat: waktu_uji_coba: wajib diisi untuk tahapan penerapan: tanggal mulai uji coba, mis. 2024-02-05
		invalid/yaml_alias_bomb.md:1:1: galat: YAML: alias (*nama) dan anchor (&nama) tidak didukung; tulis nilainya secara langsung
		invalid/yaml_custom_tag.md:2:7: galat: YAML: tag YAML (!…) tidak didukung; hapus tag tersebut
		invalid/yaml_duplicate_key.md:7:1: galat: YAML: kunci ini ditulis dua kali; hapus salah satunya
		invalid/yaml_tab_indent.md:13:1: galat: YAML: jangan memakai tab untuk indentasi; gunakan spasi
		invalid/yaml_tab_indent.md:14:1: galat: YAML: indentasi tidak konsisten; gunakan spasi yang sama untuk kunci setingkat
		invalid/yaml_tab_indent.md:15:1: galat: YAML: indentasi tidak konsisten; gunakan spasi yang sama untuk kunci setingkat
		invalid/yaml_tab_indent.md:16:1: galat: YAML: indentasi tidak konsisten; gunakan spasi yang sama untuk kunci setingkat
		invalid/yaml_unclosed_flow.md:13:60: galat: YAML: indentasi tidak konsisten; gunakan spasi yang sama untuk kunci setingkat
		invalid/yaml_unclosed_flow.md:14:3: galat: YAML: indentasi tidak konsisten; gunakan spasi yang sama untuk kunci setingkat"
	`);
});
