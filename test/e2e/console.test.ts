import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/index.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabase, scratchDir } from '../helpers/databases.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/**
 * Runs `npm start`'s command with piped input, as a person at a terminal would type it. It runs in
 * `dir`, so a `.env` in the developer's checkout (which `npm start` reads) plays no part.
 */
function runConsole(dir: string, input: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), MAIN], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: `file:${join(dir, 'between.db')}`, BETWEEN_KEY_FILE: join(dir, 'between.key'), LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  let bannerAfterMs: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (bannerAfterMs === undefined && stdout.includes('console mode')) {
      bannerAfterMs = Date.now() - started;
      for (const line of input) child.stdin.write(`${line}\n`);
      child.stdin.end();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string; bannerAfterMs: number | undefined }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr, bannerAfterMs })),
  );
}

// Two real processes, each starting the app: slow on a busy machine.
describe('console adapter (npm start with no tokens)', { timeout: 60_000 }, () => {
  it('migrates a fresh database, greets, takes numbered answers, answers /help and unknown commands, and exits cleanly at end of input', async () => {
    const dir = scratchDir('console-');
    const result = await runConsole(dir, ['/start', '1', '1', '/help', '/whatever', '']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Between — console mode');
    expect(result.stdout).toContain('Which language should I use?');
    expect(result.stdout).toContain('  1) English'); // buttons as a numbered list
    expect(result.stdout).toContain('Welcome to Between.'); // "1" chose English
    expect(result.stdout).toContain('  1) Yes, I agree');
    expect(result.stdout).toContain('Which timezone are you in?'); // "1" chose the first option
    expect(result.stdout).toContain('What I can do');
    expect(result.stdout).toContain('I don’t know the command /whatever');
    expect(result.stdout).toContain('Back to your set-up');
    // The embedded defaults: database file, key file with 0600, logs in a file beside them.
    expect(existsSync(join(dir, 'between.db'))).toBe(true);
    expect(statSync(join(dir, 'between.key')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'between.log'))).toBe(true);

    // Second start: nothing to migrate, state kept.
    const again = await runConsole(dir, ['/help']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('What I can do');
  });
});

describe('console in Spanish', { timeout: 60_000 }, () => {
  it('words the numbered lists’ hints in the language chosen at the first question', async () => {
    const dir = scratchDir('console-es-');
    const result = await runConsole(dir, ['/start', '2']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [first, next] = result.stdout.split('  2) Español');
    expect(first).toContain('Which language should I use?');
    expect(next).toMatch(/^\n {2}3\) Deutsch\n.*Type a number, or your answer\./); // asked before the choice, in English
    expect(next).toMatch(/ {2}1\) Sí, acepto\n {2}2\) No\n.*Escribe un número o tu respuesta\./); // the next question, in Spanish
    expect(next!.slice(next!.indexOf('Sí, acepto'))).not.toContain('Type a number');
  });
});

describe('console: flows where Enter sends each line', { timeout: 90_000 }, () => {
  it('takes several automatic thoughts one per line, then the hot-thought choice; after a restart asks “continue or stop?” before the next answer', async () => {
    const dir = scratchDir('console-flows-');
    const onboarding = ['/start', '1', '1', '4', '1', '20:00', '2'];
    const first = await runConsole(dir, [...onboarding, '/thought', 'Party', 'anxious', '80', 'Nobody wants me there', 'They think I am boring', '1', '2']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Send one thought per message');
    expect(first.stdout).toContain('so far:\n1. Nobody wants me there\n2. They think I am boring\n\nWas there another thought?');
    expect(first.stdout).toContain('  1) That’s all');
    expect(first.stdout).toContain('Which of these thoughts is the “hot” one');
    const traps = first.stdout.slice(first.stdout.lastIndexOf('Your hot thought'));
    expect(traps).toMatch(/^Your hot thought: “They think I am boring”/);
    expect(traps).toContain('  12) Done');

    // A restart: the typed answer waits behind the question, and Continue shows the traps again.
    const second = await runConsole(dir, ['Labeling', '1']);
    expect(second.code).toBe(0);
    const asked = second.stdout.indexOf('You were in the middle of your thought record — continue, or stop for now?');
    expect(asked).toBeGreaterThan(-1);
    expect(second.stdout.slice(asked)).toContain('  1) Continue\n  2) Stop for now');
    const again = second.stdout.slice(asked).slice(second.stdout.slice(asked).indexOf('Your hot thought'));
    expect(again).toContain('thinking traps');
    expect(again).toContain('  9) Labeling'); // not ticked: “Labeling” was not taken as the answer
    expect(again).toContain('  12) Done');
  });
});

const EXPORT: OutboundMessage = {
  text: 'Here is everything you’ve stored',
  attachment: { kind: 'document', filename: 'between-export-2026-06-10.json', mimeType: 'application/json', data: Buffer.from('{"note":"private"}').toString('base64') },
};

/** A terminal chat whose output is collected, saving attachments under `dir`. */
function terminal(dir: string, retentionMs?: number) {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const adapter = createConsoleAdapter({ user: 'alex', output, downloadDir: dir, color: false, ...(retentionMs !== undefined && { downloadRetentionMs: retentionMs }) });
  return { adapter, printed: () => printed, folder: join(dir, 'alex') };
}

/** Resolves once `path` no longer exists; the removal timer is what is under test. */
async function gone(path: string, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (existsSync(path) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return !existsSync(path);
}

describe('console downloads (export files hold everything a person stored)', () => {
  it('saves an attachment in the person’s own folder, says where and for how long, and removes it after that time', async () => {
    const dir = scratchDir('downloads-');
    const chat = terminal(dir, 300);
    await chat.adapter.send(chat.adapter.address, EXPORT);
    const file = join(chat.folder, 'between-export-2026-06-10.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(chat.printed()).toContain(`[file] saved to ${file}`);
    expect(chat.printed()).toContain('I’ll remove it in 1 minute or when you quit');
    expect(await gone(file, 5_000)).toBe(true);
  });

  it('tells a person the default period: 15 minutes', async () => {
    const chat = terminal(scratchDir('downloads-'));
    await chat.adapter.send(chat.adapter.address, EXPORT);
    expect(chat.printed()).toContain('I’ll remove it in 15 minutes or when you quit — copy it somewhere else if you want to keep it.');
    await chat.adapter.stop();
  });

  it('says where it saved a file in the message’s language (Spanish, German)', async () => {
    const spanish = terminal(scratchDir('downloads-'));
    await spanish.adapter.send(spanish.adapter.address, { ...EXPORT, locale: 'es' });
    expect(spanish.printed()).toContain(`[archivo] guardado en ${join(spanish.folder, 'between-export-2026-06-10.json')}\nContiene tus datos, así que lo borro en 15 minutos o cuando salgas; cópialo a otro lugar si quieres conservarlo.`);
    await spanish.adapter.stop();
    const german = terminal(scratchDir('downloads-'), 60_000);
    await german.adapter.send(german.adapter.address, { ...EXPORT, locale: 'de' });
    expect(german.printed()).toContain('Sie enthält deine Daten, deshalb lösche ich sie in 1 Minute oder wenn du den Chat beendest');
    await german.adapter.stop();
    await german.adapter.send(german.adapter.address, { ...EXPORT, locale: 'de' });
    expect(german.printed()).toContain('[Datei] nicht gespeichert: Der Chat wurde gerade beendet.');
  });

  it('removes everything saved for the person at /delete (their address), not for anyone else', async () => {
    const chat = terminal(scratchDir('downloads-'));
    await chat.adapter.send(chat.adapter.address, EXPORT);
    await chat.adapter.forget(['console:someone-else']);
    expect(readdirSync(chat.folder)).toHaveLength(1);
    await chat.adapter.forget(['telegram:1', chat.adapter.address]);
    expect(existsSync(chat.folder)).toBe(false);
  });

  it('removes the files when the chat closes, saves none afterwards, and clears what a killed session left', async () => {
    const dir = scratchDir('downloads-');
    const first = terminal(dir);
    await first.adapter.send(first.adapter.address, EXPORT);
    await first.adapter.stop();
    expect(existsSync(first.folder)).toBe(false);
    // A reply still being delivered during shutdown: printed, its file not written.
    await first.adapter.send(first.adapter.address, EXPORT);
    expect(first.printed()).toContain('[file] not saved: the chat was closing.');
    expect(existsSync(first.folder)).toBe(false);

    // A session killed before it could clean up leaves files behind; the next one removes them.
    mkdirSync(first.folder, { recursive: true });
    writeFileSync(join(first.folder, 'between-export-old.json'), '{}');
    const next = terminal(dir);
    await next.adapter.start(async () => {});
    expect(existsSync(next.folder)).toBe(false);
    await next.adapter.stop();
  });
});

/** One terminal chat (its own app, as `npm start` runs it) for `user`, on the shared database. */
async function terminalApp(user: string, database: { url: string }, keyFile: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, BETWEEN_KEY_FILE: keyFile, LOG_LEVEL: 'warn', CONSOLE_USER: user });
  const app = await startApp({
    config,
    logger: createLogger({ level: 'warn', format: 'json', secrets: [] }),
    adapters: () => [createConsoleAdapter({ user, input, output, color: false, downloadDir: scratchDir('downloads-') })],
    workerIdlePollMs: 50,
    startScheduler: false,
  });
  return { app, address: `console:${user}`, printed: () => printed, type: (line: string) => input.write(`${line}\n`) };
}

describe('two terminal chats on one database', { timeout: 60_000 }, () => {
  it('each delivers only to its own person: a notice for one is never printed in the other’s terminal', async () => {
    const database = await freshDatabase('sqlite');
    const keyFile = join(scratchDir('console-key-'), 'between.key');
    const alex = await terminalApp('alex', database, keyFile);
    let sam: Awaited<ReturnType<typeof terminalApp>> | undefined;
    try {
      // What another process's core enqueues for sam (a partner's confirmation, "the partnership
      // has ended") while only alex's terminal is open: it waits for sam's.
      await alex.app.store.repos.outbox.enqueue({ idempotencyKey: 'notice:sam:1', address: 'console:sam', message: { text: 'Notice for sam' }, dueAt: new Date() });
      alex.app.worker.wake();
      await alex.app.worker.drain(5_000);
      expect(alex.printed()).not.toContain('Notice for sam');
      const { prisma } = alex.app.database;
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'notice:sam:1' }, select: { status: true } })).toEqual({ status: 'pending' });

      sam = await terminalApp('sam', database, keyFile);
      const delivered = sam.app.worker.events.next((event) => event.type === 'recorded', 5_000, 'the notice delivered to sam');
      await delivered;
      expect(sam.printed()).toContain('Notice for sam');

      // Both open: each one's replies and notices reach only its own terminal.
      alex.type('/help');
      await alex.app.worker.events.next((event) => event.type === 'sent' && event.address === 'console:alex', 5_000, 'alex’s /help');
      await sam.app.store.repos.outbox.enqueue({ idempotencyKey: 'notice:alex:1', address: 'console:alex', message: { text: 'Notice for alex' }, dueAt: new Date() });
      sam.app.worker.wake();
      await alex.app.worker.events.next((event) => event.type === 'sent' && event.idempotencyKey === 'notice:alex:1', 5_000, 'the notice delivered to alex');
      await sam.app.worker.drain(5_000);
      expect(alex.printed()).toContain('What I can do');
      expect(alex.printed()).toContain('Notice for alex');
      expect(sam.printed()).not.toContain('What I can do');
      expect(sam.printed()).not.toContain('Notice for alex');
      expect(alex.printed()).not.toContain('Notice for sam');
    } finally {
      await sam?.app.stop();
      await alex.app.stop();
      await database.dispose();
    }
  });
});

describe('console: messages per check-in', { timeout: 60_000 }, () => {
  it('counts the messages of a check-in with three emotions typed at once: one per question, plus the summary', async () => {
    const database = await freshDatabase('sqlite');
    const term = await terminalApp('kit', database, join(scratchDir('console-key-'), 'between.key'));
    const { core, worker } = term.app;
    let sent = 0;
    worker.events.on('delivery', (event) => {
      if (event.type === 'sent' && event.address === term.address) sent++;
    });
    /** Types `line` and waits until the core has handled it and everything it said is out. */
    const say = async (line: string) => {
      const handled = new Promise<void>((resolve) => core.events.once('handled', () => resolve()));
      term.type(line);
      await handled;
      await worker.drain(5_000);
    };
    try {
      for (const line of ['/start', '1', '1', 'Europe/Berlin', '1', '20:00', '2']) await say(line);
      expect(term.printed()).toContain('You’re all set');
      sent = 0;
      await say('/checkin');
      await say('6');
      await say('1 3 5'); // three emotions, typed at once: the whole answer
      expect(term.printed()).toMatch(/How strong is “\w+”/);
      for (const line of ['70', '30', '50', 'skip', 'A walk', 'skip']) await say(line);
      expect(term.printed()).toMatch(/Saved\. Mood 6\/10/);
      console.log(`Console: ${sent} messages for a check-in with 3 emotions typed at once`);
      // mood, emotions, three intensities, what happened, coping, anything else, the summary.
      expect(sent).toBe(9);
    } finally {
      await term.app.stop();
      await database.dispose();
    }
  });
});
