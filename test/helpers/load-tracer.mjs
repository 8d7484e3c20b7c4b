// `node --import tsx --import ./test/helpers/load-tracer.mjs …`: appends the URL of every module the
// process resolves (ours and packages', after tsx has resolved them) to the file named by
// LOAD_TRACE_FILE, one per line. Registered after tsx, so its hook runs first and sees tsx's answer.
import { register } from 'node:module';

register('./load-tracer-hooks.mjs', import.meta.url, { data: { file: process.env.LOAD_TRACE_FILE } });
