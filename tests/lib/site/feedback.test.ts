import { describe, expect, test } from 'vitest';
import { toFeedbackMail, toFeedbackUrl } from '../../../src/lib/site/feedback.ts';

const innovation = { id: 'dinkes/sipandu', nama: 'SIPANDU & "Puskesmas" #1' };

describe('a prepared e-mail, for a citizen without a GitHub account', () => {
	test('goes to the contact, copies the coordinator, names the innovation', () => {
		const href = toFeedbackMail(
			'sipandu@dinkes.example.go.id',
			'litbang@example.go.id',
			innovation
		)!;
		const url = new URL(href);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('sipandu@dinkes.example.go.id');
		expect(url.searchParams.get('cc')).toBe('litbang@example.go.id');
		expect(url.searchParams.get('subject')).toBe('Tanggapan inovasi dinkes/sipandu');
		const body = url.searchParams.get('body')!;
		expect(body).toContain('Inovasi: SIPANDU & "Puskesmas" #1');
		// The name's "&" and "#" cannot start another header or end the address.
		expect(href.split('&').length).toBe(3);
		expect(href).not.toContain('#');
	});

	test('no copy to the same address; nothing without a usable address', () => {
		expect(toFeedbackMail('a@b.go.id', 'a@b.go.id', innovation)).not.toContain('cc=');
		expect(toFeedbackMail(undefined, 'a@b.go.id', innovation)).toBeUndefined();
		expect(toFeedbackMail('a@b.go.id?bcc=x@y.z', undefined, innovation)).toBeUndefined();
		expect(toFeedbackMail('a@b.go.id', 'x@y.z?body=spam', innovation)).not.toContain('spam');
	});

	test('the GitHub form still needs a repository named owner/name', () => {
		expect(toFeedbackUrl(undefined, innovation)).toBeUndefined();
		expect(toFeedbackUrl('a/b"c', innovation)).toBeUndefined();
		expect(new URL(toFeedbackUrl('pemkab/katalog', innovation)!).searchParams.get('inovasi')).toBe(
			'SIPANDU & "Puskesmas" #1 (dinkes/sipandu)'
		);
	});
});
