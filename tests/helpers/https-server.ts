/**
 * A local HTTPS server for tests that follow evidence links (links must be https://): a throw-away
 * self-signed certificate for 127.0.0.1 made with Debian's openssl, trusted by the child process
 * through NODE_EXTRA_CA_CERTS. Documents can be replaced or removed between requests. Nothing
 * leaves the machine; the port is free, chosen by the system.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startHttpsServer() {
	const dir = mkdtempSync(join(tmpdir(), 'katalog-tls-'));
	const made = spawnSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'2',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
			'-keyout',
			join(dir, 'kunci.pem'),
			'-out',
			join(dir, 'sertifikat.pem'),
		],
		{ encoding: 'utf8' }
	);
	if (made.status !== 0) throw new Error(made.stderr);
	const documents = new Map<string, Uint8Array | number>();
	const server = createServer(
		{ key: readFileSync(join(dir, 'kunci.pem')), cert: readFileSync(join(dir, 'sertifikat.pem')) },
		(request, response) => {
			const document = documents.get(request.url ?? '');
			if (document === undefined || typeof document === 'number')
				return void response.writeHead(typeof document === 'number' ? document : 404).end();
			response.writeHead(200, { 'content-type': 'application/pdf' }).end(document);
		}
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		/** The environment a child process needs to trust this server. */
		env: { NODE_EXTRA_CA_CERTS: join(dir, 'sertifikat.pem') },
		/** Serves `bytes` at `path`, or answers with a status code. */
		set: (path: string, answer: Uint8Array | number) => documents.set(path, answer),
		close: async () => {
			await new Promise((done) => server.close(done));
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
