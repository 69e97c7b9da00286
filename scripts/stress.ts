/**
 * `npm run stress -- <seconds>`: keep every CPU core busy for a while, to check
 * that the tests pass on a loaded machine (a busy laptop, a shared CI runner).
 * One worker thread per core spins until the time is up (default 60 s, at
 * most an hour), then the process exits by itself; Ctrl-C stops it sooner.
 *
 *   npm run stress -- 600 &    # ten minutes of load in the background
 *   npm test                   # must still pass
 *
 * Optional second argument: the number of threads (default: one per core).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
	const seconds = Number(process.argv[2] ?? 60);
	const threads = Number(process.argv[3] ?? availableParallelism());
	if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
		console.error('Give the duration in seconds, from 1 to 3600: npm run stress -- 600');
		process.exit(1);
	}
	if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
		console.error('The thread count must be a whole number from 1 to 64: npm run stress -- 600 2');
		process.exit(1);
	}
	const until = Date.now() + seconds * 1000;
	console.log(`Keeping ${threads} thread(s) busy for ${seconds} s (until ${new Date(until).toISOString()}).`);
	const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { until } }));
	await Promise.all(workers.map((w) => new Promise((done) => w.on('exit', done))));
	console.log('Stress finished.');
} else {
	// Arithmetic the engine cannot skip, checking the clock only now and then.
	const { until } = workerData as { until: number };
	let x = 0;
	while (Date.now() < until) {
		for (let i = 0; i < 1_000_000; i++) x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
	}
	if (x === -1) console.log(x);
}
