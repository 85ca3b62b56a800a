import { createServer } from 'node:net';

/** A port nothing listens on right now (the system's choice): servers in tests never use fixed ones. */
export function getFreePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}
