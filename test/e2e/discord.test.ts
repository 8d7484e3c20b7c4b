import { spawn } from 'node:child_process';
import { capturingLogger } from '../helpers/logs.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { DISCORD_BUTTONS_PER_ROW, DISCORD_MESSAGE_LIMIT_CHARS } from '../../adapters/discord/render.js';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { AdapterAuthError } from '../../src/core/adapter.js';
import { createLogger } from '../../src/logger.js';
import { freshDatabase, scratchDir, type TestDatabase } from '../helpers/databases.js';
import { buttonsOf, FakeDiscordServer, shownText, INTERACTION_WINDOW_MS, type FakeInteraction, type FakeMessage } from '../fakes/discord-server.js';
import { seedProgress } from '../helpers/progress.js';

const MESSAGES = /^\/channels\/\d+\/messages$/;

const shown = shownText;

/** One person in a DM with the bot, in the fluent style of test/helpers/chat.ts. */
class DiscordPerson {
  private read = 0;
  readonly interactions: FakeInteraction[] = [];

  constructor(
    private readonly fake: FakeDiscordServer,
    readonly id: string,
    private readonly app: () => App,
  ) {}

  send(text: string): void {
    this.fake.sendDm(this.id, text);
  }

  slash(name: string, text?: string): FakeInteraction {
    const interaction = this.fake.slashCommand(this.id, name, text);
    this.interactions.push(interaction);
    return interaction;
  }

  /** Presses the button labelled `label` on the newest message that still has buttons. */
  press(label: string): FakeInteraction {
    const message = [...this.fake.botMessages(this.id)].reverse().find((m) => buttonsOf(m).length > 0);
    const button = buttonsOf(message).find((b) => b.label === label);
    if (!message || !button) throw new Error(`no button “${label}” on the latest question`);
    const interaction = this.fake.pressButton(this.id, message.id, button.custom_id);
    this.interactions.push(interaction);
    return interaction;
  }

  /** The next message the bot sent to this person; fails unless what it shows matches. */
  async expectReply(expected?: RegExp): Promise<FakeMessage> {
    const index = this.read++;
    const message = await this.fake.waitFor(() => this.fake.botMessages(this.id)[index], 5_000, `reply ${index + 1} to ${this.id}`);
    if (expected) expect(shown(message.content)).toMatch(expected);
    return message;
  }

  /** Waits until `message` (as the fake keeps it) has been edited `times` times in all; it must then show `expected`. */
  async expectEdited(message: FakeMessage, times: number, expected?: RegExp): Promise<FakeMessage> {
    await this.fake.waitFor(() => (message.edits >= times ? true : undefined), 5_000, `edit ${times} of message ${message.id}`);
    if (expected) expect(shown(message.content)).toMatch(expected);
    return message;
  }

  /** Requests that post into this person's DM channel. */
  get messagesPath(): RegExp {
    const channelId = this.fake.botMessages(this.id)[0]?.channel_id;
    if (!channelId) throw new Error('no DM channel yet');
    return new RegExp(`^/channels/${channelId}/messages$`);
  }

  /** Nothing more for this person once the delivery worker has nothing due or in flight (no fixed wait). */
  async expectNoReply(): Promise<void> {
    await this.app().worker.drain(10_000);
    expect(this.fake.botMessages(this.id).slice(this.read).map((m) => m.content)).toEqual([]);
  }

  /** Walks onboarding with buttons: language (English), consent, timezone (typed when given), the country it suggests, prompt time, no code. */
  async onboard(timezone?: string): Promise<void> {
    this.send('/start');
    await this.expectReply(/Which language should I use/);
    this.press('English');
    await this.expectReply(/Welcome to Between/);
    this.press('Yes, I agree');
    await this.expectReply(/Which timezone/);
    if (timezone) this.send(timezone);
    else this.press('US Eastern');
    await this.expectReply(/It looks like you’re in .* — is that right\?/);
    this.press('Yes');
    await this.expectReply(/When should I send your daily check-in/);
    this.send('20:00');
    await this.expectReply(/enrollment code/);
    this.press('No');
    await this.expectReply(/You’re all set/);
  }
}

function runScript(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

let userCounter = 0;
const logLines: string[] = [];

async function startBetween(fake: FakeDiscordServer, database: TestDatabase, keyFile: string): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    BETWEEN_KEY_FILE: keyFile,
    LOG_LEVEL: 'debug',
    DISCORD_BOT_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
  });
  // No secrets to scrub: the last test checks that nothing secret was logged in the first place.
  const logger = capturingLogger(logLines, config.LOG_LEVEL);
  return startApp({
    config,
    logger,
    adapters: (core) => [createDiscordAdapter({ token: config.DISCORD_BOT_TOKEN!, apiUrl: config.DISCORD_API_URL, commands: core.commandList, logger })],
    workerIdlePollMs: 50,
  });
}

describe('Discord adapter: discord.js against a fake Discord', () => {
  let fake: FakeDiscordServer;
  let database: TestDatabase;
  let keyFile: string;
  let app: App;
  const person = () => new DiscordPerson(fake, `4100000000000000${String(++userCounter).padStart(2, '0')}`, () => app);

  beforeAll(async () => {
    fake = await FakeDiscordServer.start();
    database = await freshDatabase('sqlite');
    keyFile = `${scratchDir('discord-')}/between.key`;
    const started = performance.now();
    app = await startBetween(fake, database, keyFile);
    console.info(`Discord adapter start-up against the fake: ${(performance.now() - started).toFixed(0)} ms`);
  });

  afterEach(() => fake.clearFailures());

  afterAll(async () => {
    await app?.stop();
    await fake?.close();
    await database?.dispose();
  });

  it('connects with a bot token, registers the slash commands for DMs, and onboards with buttons', async () => {
    expect(fake.requestsTo('GET', /^\/gateway\/bot$/)[0]?.authorization).toBe(`Bot ${fake.token}`);
    const names = (fake.commands as { name: string; contexts: number[] }[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['start', 'checkin', 'thought', 'export', 'pause', 'help']));
    expect((fake.commands as { contexts: number[] }[]).every((c) => c.contexts.join() === '1')).toBe(true);
    const pause = (fake.commands as { name: string; options?: { name: string }[] }[]).find((c) => c.name === 'pause');
    expect(pause?.options?.map((o) => o.name)).toEqual(['text']);
    // Described in Spanish (both of Discord's Spanish locales) and German too; names stay as typed.
    type Localized = { name: string; description: string; description_localizations?: Record<string, string>; name_localizations?: unknown; options?: Localized[] };
    const checkin = (fake.commands as Localized[]).find((c) => c.name === 'checkin')!;
    expect(checkin.description).toBe('Emotion check-in (about 30 seconds)');
    expect(checkin.description_localizations).toEqual({ 'es-419': 'Registro de emociones (unos 30 segundos)', 'es-ES': 'Registro de emociones (unos 30 segundos)', de: 'Gefühls-Check-in (etwa 30 Sekunden)' });
    expect((fake.commands as Localized[]).every((c) => Object.keys(c.description_localizations ?? {}).sort().join() === 'de,es-419,es-ES')).toBe(true);
    const pauseOption = (fake.commands as Localized[]).find((c) => c.name === 'pause')!.options![0]!;
    expect(pauseOption.description_localizations).toEqual({ 'es-419': 'Lo que quieras añadir después del comando', 'es-ES': 'Lo que quieras añadir después del comando', de: 'Was nach dem Befehl kommt' });

    const alex = person();
    await alex.onboard();
    const posts = fake.requestsTo('POST', MESSAGES);
    expect(posts.every((r) => r.authorization === `Bot ${fake.token}`)).toBe(true);
    expect(posts.every((r) => (r.json as { allowed_mentions?: { parse: string[] } }).allowed_mentions?.parse.length === 0)).toBe(true);
    for (const interaction of alex.interactions) {
      expect(interaction.callbacks[0]?.type).toBe(6);
      expect(interaction.callbacks[0]!.time - interaction.createdAt).toBeLessThan(INTERACTION_WINDOW_MS);
    }
    // Each pressed question lost its buttons once the core had taken the answer.
    await fake.waitFor(() => (alex.interactions.every((i) => buttonsOf(fake.messages.get(i.messageId!)).length === 0) ? true : undefined));
  });

  it('speaks Spanish to a client whose Discord is in Spanish (interaction locale es-ES): onboarding, a check-in and a crisis message', async () => {
    const ana = person();
    fake.locales.set(ana.id, 'es-ES');
    ana.slash('start');
    const language = await ana.expectReply(/¿En qué idioma prefieres que te escriba\?/);
    expect(buttonsOf(language).map((b) => b.label)).toEqual(['Español', 'English', 'Deutsch']);
    ana.press('Español');
    await ana.expectReply(/Te doy la bienvenida a Between\./);
    // Typed DMs carry no locale: the language chosen holds.
    ana.send('sí');
    await ana.expectReply(/¿En qué zona horaria estás\?/);
    ana.send('Madrid');
    await ana.expectReply(/Parece que estás en España, ¿es así\?/);
    ana.press('Sí');
    await ana.expectReply(/¿A qué hora te mando el registro diario\?/);
    ana.send('21:00 h');
    await ana.expectReply(/código de inscripción/);
    ana.press('No');
    await ana.expectReply(/¡Todo listo!\nZona horaria: Madrid .*Registro diario: 21:00\.\nPaís: España/);

    ana.slash('checkin');
    await ana.expectReply(/¿Cómo está tu ánimo ahora/);
    ana.press('5');
    await ana.expectReply(/¿Qué emociones sientes\?/);
    ana.send('calma');
    await ana.expectReply(/¿Qué tan fuerte es «calma»/);
    ana.press('60');
    await ana.expectReply(/¿Qué pasó/);
    ana.send('saltar');
    await ana.expectReply(/¿Qué hiciste para sobrellevarlo\?/);
    ana.send('caminar');
    await ana.expectReply(/¿Algo más que quieras anotar\?/);
    ana.press('Saltar');
    await ana.expectReply(/Guardado\. Ánimo 5\/10 · calma 60 · te ayudó: caminar\./);

    ana.send('me quiero morir');
    const crisis = await ana.expectReply(/Me alegra mucho que me lo hayas contado\./);
    expect(shown(crisis.content)).toContain('024');
    expect(shown(crisis.content)).not.toMatch(/\b988\b|\b911\b/);
    expect(buttonsOf(crisis).map((b) => b.label)).toEqual(['Hacer un plan de seguridad']);
  });

  it('answers typed DMs in the Discord language (Spanish, German) of the person’s last interaction until they choose one', async () => {
    const luz = person();
    fake.locales.set(luz.id, 'es-419');
    luz.slash('start');
    await luz.expectReply(/¿En qué idioma prefieres que te escriba\?/);
    // A typed DM carries no locale: the interaction's holds for someone who has not chosen yet.
    luz.send('hola');
    const again = await luz.expectReply();
    expect(shown(again.content)).not.toMatch(/[Ww]hich language|Please/);
    expect(shown(again.content)).toMatch(/idioma/);
    luz.send('me quiero morir');
    const crisis = await luz.expectReply(/Me alegra mucho que me lo hayas contado\./);
    expect(shown(crisis.content)).not.toMatch(/I’m really glad/);
    // Someone whose Discord is in German pressed nothing yet but used /help: a typed DM in German.
    const ute = person();
    fake.locales.set(ute.id, 'de');
    ute.slash('help');
    await ute.expectReply(/\/checkin/);
    ute.send('hallo');
    await ute.expectReply(/^Hallo! Ich bin Between\./);
    // Someone who never used an interaction: English.
    const max = person();
    max.send('hola');
    await max.expectReply(/Hi! I’m Between\. Type \/start to begin\./);
  });

  it('speaks German to a client whose Discord is in German (interaction locale de): onboarding, a check-in and a crisis message', async () => {
    const jonas = person();
    fake.locales.set(jonas.id, 'de');
    jonas.slash('start');
    await jonas.expectReply(/In welcher Sprache soll ich dir schreiben\?/);
    jonas.press('Deutsch');
    await jonas.expectReply(/Willkommen bei Between\./);
    jonas.press('Ja, einverstanden');
    await jonas.expectReply(/In welcher Zeitzone bist du\?/);
    jonas.send('Zürich');
    await jonas.expectReply(/Es sieht so aus, als wärst du in der Schweiz – stimmt das\?/);
    jonas.send('ja');
    await jonas.expectReply(/Wann soll ich dir deinen täglichen Check-in schicken\?/);
    jonas.send('20 Uhr');
    await jonas.expectReply(/Anmeldecode/);
    jonas.press('Nein');
    await jonas.expectReply(/Alles eingerichtet\./);

    jonas.slash('checkin');
    await jonas.expectReply(/Wie ist deine Stimmung gerade/);
    jonas.press('4');
    await jonas.expectReply(/Welche Gefühle spürst du\?/);
    jonas.send('Einsamkeit');
    await jonas.expectReply(/Wie stark ist „Einsamkeit“/);
    jonas.press('70');
    await jonas.expectReply(/Was ist passiert/);
    jonas.send('überspringen');
    await jonas.expectReply(/Was hast du getan/);
    jonas.send('nichts');
    await jonas.expectReply(/Möchtest du noch etwas festhalten\?/);
    jonas.press('Überspringen');
    await jonas.expectReply(/Gespeichert\. Stimmung 4\/10 · Einsamkeit 70\./);

    jonas.send('ich will mich umbringen');
    const crisis = await jonas.expectReply(/Ich bin wirklich froh, dass du es mir erzählt hast\./);
    expect(shown(crisis.content)).toContain('143');
    expect(shown(crisis.content)).not.toMatch(/\b988\b|\b911\b/);
    expect(buttonsOf(crisis).map((b) => b.label)).toEqual(['Einen Sicherheitsplan erstellen']);
  });

  it('runs a full check-in with buttons: rows of at most five, custom ids as sent, every press acknowledged in time', async () => {
    const sam = person();
    await sam.onboard();
    sam.send('/checkin');
    const mood = await sam.expectReply(/mood right now, from 0/);
    const rows = mood.components as { type: number; components: { type: number; custom_id: string; label: string }[] }[];
    expect(rows.map((row) => row.components.length)).toEqual([5, 5, 1]);
    expect(rows.every((row) => row.type === 1 && row.components.every((b) => b.type === 2))).toBe(true);
    expect(rows.flatMap((row) => row.components.map((b) => b.label))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const ids = rows.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(new Set(ids).size).toBe(11);
    sam.press('6');
    const emotions = await sam.expectReply(/Which emotions/);
    expect((emotions.components as { components: unknown[] }[]).every((row) => row.components.length <= DISCORD_BUTTONS_PER_ROW)).toBe(true);
    // A toggle replaces the question's own message (PATCH), buttons and all: no new message.
    sam.press('Anxious');
    const toggled = await sam.expectEdited(emotions, 1, /Which emotions/);
    expect(buttonsOf(toggled).map((b) => b.label)).toContain('✓ Anxious');
    sam.press('Hopeful');
    await sam.expectEdited(emotions, 2, /Which emotions/);
    expect(buttonsOf(emotions).map((b) => b.label)).toContain('✓ Hopeful');
    expect(fake.requestsTo('PATCH', new RegExp(`^/channels/${emotions.channel_id}/messages/${emotions.id}$`))).toHaveLength(2);
    sam.press('Done');
    await sam.expectReply(/How strong is “anxious”/);
    sam.press('70');
    await sam.expectReply(/How strong is “hopeful”/);
    sam.press('30');
    await sam.expectReply(/What happened/);
    sam.press('Skip');
    const coping = await sam.expectReply(/What have you done to cope/);
    sam.press('A walk');
    await sam.expectEdited(coping, 1, /cope/);
    sam.press('Done');
    await sam.expectReply(/Anything else/);
    sam.press('Skip');
    const summary = await sam.expectReply(/Saved/);
    expect(summary.content).toContain('**Saved.** Mood 6/10 · anxious 70, hopeful 30 · coped with a walk');

    for (const interaction of sam.interactions) {
      expect(interaction.callbacks).toHaveLength(1);
      expect(interaction.callbacks[0]!.type).toBe(6);
      expect(interaction.callbacks[0]!.time - interaction.createdAt).toBeLessThan(INTERACTION_WINDOW_MS);
    }
    const slowest = Math.max(...sam.interactions.map((i) => i.callbacks[0]!.time - i.createdAt));
    console.info(`Discord: slowest button acknowledgement ${slowest} ms`);
    expect(await app.database.prisma.checkIn.count()).toBeGreaterThanOrEqual(1);
  });

  it('counts the messages of a check-in with three emotion toggles: one per question, plus the summary', async () => {
    const lee = person();
    await lee.onboard();
    /** Waits until the core has handled update `updateId` and everything it said is out (no fixed wait). */
    const settled = async (updateId: () => string) => {
      const handled = new Promise<void>((resolve) => {
        const listener = (event: { updateId: string }) => {
          if (event.updateId !== updateId()) return;
          app.core.events.off('handled', listener);
          resolve();
        };
        app.core.events.on('handled', listener);
      });
      await handled;
      await app.worker.drain(5_000);
    };
    const newest = () => fake.botMessages(lee.id).at(-1)!;
    /** Presses `label` on the newest message carrying it; the newest message then shows `expected`. */
    const step = async (label: string, expected: RegExp) => {
      let id = '';
      const done = settled(() => id);
      id = lee.press(label).id;
      await done;
      expect(shown(newest().content)).toMatch(expected);
    };
    const before = fake.botMessages(lee.id).length;
    let dm = '';
    const started = settled(() => dm);
    dm = fake.sendDm(lee.id, '/checkin');
    await started;
    expect(shown(newest().content)).toMatch(/mood right now/);
    await step('6', /Which emotions/);
    await step('Anxious', /Which emotions/);
    await step('Hopeful', /Which emotions/);
    await step('Sad', /Which emotions/);
    expect(buttonsOf(newest()).map((b) => b.label)).toEqual(expect.arrayContaining(['✓ Sad', '✓ Anxious', '✓ Hopeful']));
    await step('Done', /How strong is “anxious”/);
    await step('70', /How strong is “hopeful”/);
    await step('30', /How strong is “sad”/);
    await step('50', /What happened/);
    await step('Skip', /What have you done to cope/);
    await step('A walk', /cope/);
    await step('Done', /Anything else/);
    await step('Skip', /Saved\./);
    const count = fake.botMessages(lee.id).length - before;
    console.info(`Discord: ${count} messages for a check-in with 3 emotion toggles and 1 coping toggle`);
    // Each toggle edited its question's content and buttons in place.
    const channelId = newest().channel_id;
    expect(fake.requestsTo('PATCH', new RegExp(`^/channels/${channelId}/messages/\\d+$`)).filter((request) => request.status === 200)).toHaveLength(4);
    // mood, emotions, three intensities, trigger, coping, note: 8 questions, then the summary.
    expect(count).toBe(9);
  });

  it('walks a thought record with typed DMs and buttons; the long summary is split and escapes what the person wrote', async () => {
    const kim = person();
    await kim.onboard();
    kim.send('/thought');
    await kim.expectReply(/Situation/);
    kim.send('My manager didn’t reply to my *email* for two days');
    await kim.expectReply(/Moods/);
    kim.send('anxious');
    await kim.expectReply(/How strong was “anxious”/);
    kim.press('80');
    await kim.expectReply(/Automatic thoughts/);
    kim.send('I’m going to be fired');
    await kim.expectReply(/Was there another thought/);
    kim.press('That’s all');
    const traps = await kim.expectReply(/Your hot thought: “I’m going to be fired”.*thinking traps/s);
    kim.press('Jumping to conclusions');
    await kim.expectEdited(traps, 1, /thinking traps/);
    kim.press('Done');
    await kim.expectReply(/Evidence for/);
    kim.send('She usually replies within a day');
    await kim.expectReply(/Evidence against/);
    kim.send('She is travelling this week.');
    await kim.expectReply(/Balanced thought/);
    const marked = '*not* _all_ ~~of~~ it | `code` <@1> [link](http://x.test) # is on me';
    const balanced = `${marked} ${'and that is okay '.repeat(112)}`.trim();
    expect(balanced.length).toBeGreaterThan(1_950);
    kim.send(balanced);
    await kim.expectReply(/believe the balanced thought/);
    kim.press('70');
    await kim.expectReply(/Re-rate your moods.*“anxious” now/s);
    kim.send('40');
    const parts = [await kim.expectReply(/Thought record saved/)];
    while (!parts.at(-1)!.content.includes('Well done')) parts.push(await kim.expectReply());
    await kim.expectNoReply();

    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(part.content.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT_CHARS);
    expect(parts[0]!.content.startsWith('**Thought record saved.**\n')).toBe(true);
    expect(parts[0]!.content).toContain('\\*not\\* \\_all\\_ \\~\\~of\\~\\~ it \\| \\`code\\` \\<@1> \\[link\\](http://x.test) # is on me');
    expect(parts.at(-1)!.content).toContain('• anxious: 80 ↓ 40');
    expect(buttonsOf(parts.at(-1))).toEqual([]);
    const text = parts.map((part) => shown(part.content)).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(balanced);
  });

  it('words the long-answer form in the person’s language: its button from their stored language, the form from the interaction’s locale', async () => {
    const jo = person();
    await jo.onboard();
    jo.send('/language de');
    await jo.expectReply(/ab jetzt schreibe ich dir auf Deutsch/);
    fake.locales.set(jo.id, 'de');
    jo.slash('checkin');
    await jo.expectReply(/Wie ist deine Stimmung gerade/);
    jo.press('5');
    await jo.expectReply(/Welche Gefühle spürst du\?/);
    jo.send('ruhe');
    await jo.expectReply(/Wie stark ist „Ruhe“/i);
    jo.press('60');
    const trigger = await jo.expectReply(/Was ist passiert, oder was hat es ausgelöst\?/);
    const labels = buttonsOf(trigger).map((button) => button.label);
    expect(labels).toContain('✍️ Meine Antwort schreiben');
    expect(labels).not.toContain('✍️ Write my answer');
    const write = buttonsOf(trigger).find((button) => button.label === '✍️ Meine Antwort schreiben')!;
    const opened = fake.pressButton(jo.id, trigger.id, write.custom_id);
    const modal = await fake.waitFor(() => opened.callbacks[0], 2_000, 'the modal');
    const form = modal.data as { title: string; components: { components: { label: string }[] }[] };
    expect(form.title).toBe('Check-in');
    expect(form.components[0]!.components[0]!.label).toBe('Deine Antwort');
  });

  it('walks a thought record in Spanish (chosen with /language), typed words and buttons', async () => {
    const before = await app.database.prisma.thoughtRecord.count();
    const ana = person();
    await ana.onboard();
    ana.send('/language es');
    await ana.expectReply(/te escribo en español/);
    ana.send('/thought');
    await ana.expectReply(/Veamos juntos un momento difícil\./);
    ana.send('Mi jefa no contestó mi *correo*');
    await ana.expectReply(/Estados de ánimo: ¿qué sentiste\?/);
    ana.send('ansiedad');
    await ana.expectReply(/¿Qué tan fuerte era «ansiedad»/);
    ana.press('80');
    await ana.expectReply(/Pensamientos automáticos:/);
    ana.send('Me van a despedir');
    await ana.expectReply(/¿Hubo algún otro pensamiento\?/);
    ana.send('eso es todo');
    const trampas = await ana.expectReply(/Tu pensamiento caliente: «Me van a despedir».*trampas de pensamiento/s);
    ana.press('Sacar conclusiones apresuradas');
    await ana.expectEdited(trampas, 1, /trampas de pensamiento/);
    ana.press('Listo');
    await ana.expectReply(/Evidencia a favor:/);
    ana.send('Suele contestar en un día');
    await ana.expectReply(/Evidencia en contra:/);
    ana.send('Está de viaje');
    await ana.expectReply(/Pensamiento equilibrado:/);
    ana.send('Seguro está ocupada');
    await ana.expectReply(/¿Cuánto crees en el pensamiento equilibrado/);
    ana.press('70');
    await ana.expectReply(/«ansiedad» ahora/);
    ana.send('40');
    const resumen = await ana.expectReply(/Registro de pensamientos guardado\./);
    expect(resumen.content.startsWith('**Registro de pensamientos guardado.**\n')).toBe(true);
    expect(shown(resumen.content)).toContain('• ansiedad: 80 ↓ 40');
    expect(await app.database.prisma.thoughtRecord.count()).toBe(before + 1);
  });

  it('walks a thought record in German (chosen with /language), the traps explained in the question’s own message', async () => {
    const before = await app.database.prisma.thoughtRecord.count();
    const ben = person();
    await ben.onboard();
    ben.send('/language de');
    await ben.expectReply(/auf Deutsch/);
    ben.send('/thought');
    await ben.expectReply(/Lass uns gemeinsam auf einen schwierigen Moment schauen\./);
    ben.send('Im Büro');
    await ben.expectReply(/Gefühle: Was hast du gefühlt\?/);
    ben.send('Scham');
    await ben.expectReply(/Wie stark war „Scham“/);
    ben.press('60');
    await ben.expectReply(/Automatische Gedanken:/);
    ben.send('Alle halten mich für unfähig');
    await ben.expectReply(/Gab es noch einen Gedanken\?/);
    ben.send('das wars');
    const fallen = await ben.expectReply(/Denkfallen/);
    ben.press('Was ist das?');
    await ben.expectEdited(fallen, 1, /Etikettieren: Ein Etikett statt einer Beschreibung/);
    ben.press('Fertig');
    await ben.expectReply(/Was dafür spricht:/);
    ben.send('Niemand hat etwas gesagt');
    await ben.expectReply(/Was dagegen spricht:/);
    ben.send('Meine Kollegin hat mich gelobt');
    await ben.expectReply(/Ausgewogener Gedanke:/);
    ben.send('Ein Fehler macht mich nicht unfähig');
    await ben.expectReply(/Wie sehr glaubst du dem ausgewogenen Gedanken/);
    ben.press('80');
    await ben.expectReply(/„Scham“ jetzt/);
    ben.send('20');
    const zusammenfassung = await ben.expectReply(/Gedankenprotokoll gespeichert\./);
    expect(shown(zusammenfassung.content)).toContain('• Scham: 60 ↓ 20');
    expect(await app.database.prisma.thoughtRecord.count()).toBe(before + 1);
  });

  it('offers a form for long answers: the button opens a modal at once, and what is sent there is the answer', async () => {
    const lee = person();
    await lee.onboard();
    lee.send('/thought');
    const situation = await lee.expectReply(/Situation/);
    const write = buttonsOf(situation).find((button) => button.label === '✍️ Write my answer');
    expect(write).toBeDefined();
    const opened = fake.pressButton(lee.id, situation.id, write!.custom_id);
    const modal = await fake.waitFor(() => opened.callbacks[0], 2_000, 'the modal');
    expect(modal.type).toBe(9); // MODAL, within Discord's 3-second window
    expect(modal.time - opened.createdAt).toBeLessThan(3_000);
    const form = modal.data as { custom_id: string; title: string; components: { components: { custom_id: string; style: number; max_length: number }[] }[] };
    expect(form.title).toBe('Thought record');
    expect(form.components[0]!.components[0]).toMatchObject({ style: 2, max_length: 2_000 });
    await lee.expectNoReply(); // opening the form says nothing

    const answer = 'At the team meeting\nmy idea was skipped over — twice.';
    const sent = fake.submitModal(lee.id, situation.id, form.custom_id, { [form.components[0]!.components[0]!.custom_id]: answer });
    await lee.expectReply(/Moods/);
    expect(sent.callbacks[0]?.type).toBe(6); // acknowledged as "update the message later"
    await fake.waitFor(() => (buttonsOf(fake.botMessages(lee.id).find((m) => m.id === situation.id)).length === 0 ? true : undefined), 2_000, 'the answered question’s buttons removed');
    const stored = await app.database.prisma.conversation.findFirstOrThrow({ where: { address: `discord:${lee.id}` } });
    expect(stored.stateEnc).not.toContain('team meeting'); // kept, encrypted
    const state = await app.store.repos.conversations.load(`discord:${lee.id}`);
    expect((state?.active?.data as { answers: Record<string, unknown> }).answers.situation).toBe(answer);
  });

  it('takes slash commands: acknowledged as thinking at once, the answer comes as a DM, the note is removed', async () => {
    const lee = person();
    const start = lee.slash('start');
    await lee.expectReply(/Which language should I use/);
    lee.press('English');
    await lee.expectReply(/Welcome to Between/);
    lee.press('Yes, I agree');
    await lee.expectReply(/Which timezone/);
    lee.press('US Eastern');
    await lee.expectReply(/It looks like you’re in the United States/);
    lee.press('Yes');
    await lee.expectReply(/When should I send/);
    lee.send('21:30');
    await lee.expectReply(/enrollment code/);
    lee.press('No');
    await lee.expectReply(/You’re all set/);

    const checkin = lee.slash('checkin');
    await lee.expectReply(/mood right now/);
    const pause = lee.slash('pause', '3');
    await lee.expectReply(/You’re in the middle of a|Paused/);

    for (const interaction of [start, checkin, pause]) {
      expect(interaction.callbacks[0]).toMatchObject({ type: 5, data: { flags: 64 } });
      expect(interaction.callbacks[0]!.time - interaction.createdAt).toBeLessThan(INTERACTION_WINDOW_MS);
      await fake.waitFor(() => fake.messages.get(interaction.messageId!)?.deleted);
    }
    expect(fake.requestsTo('DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/).length).toBeGreaterThanOrEqual(3);
  });

  it('hands a press to the core without waiting for a slow acknowledgement', async () => {
    const ola = person();
    ola.send('/start');
    await ola.expectReply(/Which language should I use/);
    ola.press('English');
    await ola.expectReply(/Welcome to Between/);
    fake.fail({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, count: 1, action: { kind: 'delay', ms: 800 } });
    const press = ola.press('Yes, I agree');
    await ola.expectReply(/Which timezone/);
    const reply = fake.requestsTo('POST', ola.messagesPath).at(-1)!;
    await fake.waitFor(() => press.callbacks[0]);
    expect(reply.time).toBeLessThan(press.callbacks[0]!.time);
    expect(press.callbacks[0]!.time - press.createdAt).toBeLessThan(INTERACTION_WINDOW_MS);
  });

  it('answers a stale button by showing the current question again in its own message', async () => {
    const ash = person();
    await ash.onboard();
    ash.send('/checkin');
    const mood = await ash.expectReply(/mood right now/);
    ash.send('5');
    const emotions = await ash.expectReply(/Which emotions/);
    await app.worker.drain(5_000); // the question's Discord id is on its outbox row
    const stale = fake.pressButton(ash.id, mood.id, buttonsOf(mood)[2]?.custom_id ?? '');
    await ash.expectEdited(emotions, 1, /That button is from an earlier question.*Which emotions/s);
    expect(buttonsOf(emotions).length).toBeGreaterThan(0);
    expect(stale.callbacks[0]?.type).toBe(6);
    // The old question loses its buttons; nothing new is posted.
    await fake.waitFor(() => (buttonsOf(mood).length === 0 ? true : undefined), 5_000, 'the old buttons removed');
    await ash.expectNoReply();
  });

  it('explains the thinking traps in the question’s own message (“What’s this?”)', async () => {
    const ren = person();
    await ren.onboard();
    ren.send('/thought');
    await ren.expectReply(/Situation/);
    ren.send('A friend cancelled our plans');
    await ren.expectReply(/Moods/);
    ren.send('sad');
    await ren.expectReply(/How strong was “sad”/);
    ren.press('60');
    await ren.expectReply(/Automatic thoughts/);
    ren.send('Nobody wants to see me');
    await ren.expectReply(/Was there another thought/);
    ren.press('That’s all');
    const traps = await ren.expectReply(/thinking traps/);
    ren.press('What’s this?');
    await ren.expectEdited(traps, 1, /Jumping to conclusions: /);
    expect(buttonsOf(traps).map((b) => b.label)).not.toContain('What’s this?');
    ren.press('Labeling');
    await ren.expectEdited(traps, 2, /Jumping to conclusions: /);
    expect(buttonsOf(traps).map((b) => b.label)).toContain('✓ Labeling');
    await ren.expectNoReply();
  });

  it('posts the question anew when the message to replace is gone', async () => {
    const bo = person();
    await bo.onboard();
    bo.send('/checkin');
    const mood = await bo.expectReply(/mood right now/);
    bo.send('7');
    const emotions = await bo.expectReply(/Which emotions/);
    await app.worker.drain(5_000);
    fake.deleteMessage(emotions.id);
    fake.pressButton(bo.id, mood.id, buttonsOf(mood)[1]?.custom_id ?? '');
    await fake.waitFor(() => fake.requestsTo('PATCH', new RegExp(`/messages/${emotions.id}$`)).find((r) => r.status === 404), 5_000, 'the refused edit');
    const anew = await fake.waitFor(() => fake.botMessages(bo.id).find((m) => /That button is from an earlier question/.test(shown(m.content))), 5_000, 'the question posted anew');
    expect(buttonsOf(anew).length).toBeGreaterThan(0);
    await app.worker.drain(5_000);
    expect(await app.database.prisma.outboxMessage.count({ where: { address: `discord:${bo.id}`, status: { not: 'sent' } } })).toBe(0);
  });

  it('answers a photo without text kindly and shows the current question again', async () => {
    const kai = person();
    await kai.onboard();
    kai.send('/checkin');
    await kai.expectReply(/mood right now/);
    fake.sendDmAttachment(kai.id, { name: 'photo.jpg', contentType: 'image/jpeg', data: Buffer.from('not really a jpeg') });
    await kai.expectReply(/only read typed text.*photo|only read typed text.*attachment/s);
    await kai.expectReply(/mood right now/);
    kai.send('6');
    await kai.expectReply(/Which emotions/); // the check-in carries on where it was
  });

  it('answers crisis language with the urgent crisis message', async () => {
    const rae = person();
    await rae.onboard();
    rae.send('After the call I sat in the car and thought everyone would be better off without me');
    const crisis = await rae.expectReply(/I’m really glad you told me/);
    expect(crisis.content).toContain('988');
  });

  it('answers a Berlin client’s crisis language with Germany’s lines: 112, never 911', async () => {
    const uli = person();
    await uli.onboard('Europe/Berlin');
    uli.send('After the call I sat in the car and thought everyone would be better off without me');
    const crisis = await uli.expectReply(/I’m really glad you told me/);
    expect(crisis.content).toContain('112');
    expect(crisis.content).toContain('0800 111 0 111');
    expect(crisis.content).not.toMatch(/\b(911|988)\b/);
  });

  it('/history sends the client their own mood chart as an image, with their scores explained and their homework streak', async () => {
    const ada = person();
    await ada.onboard();
    const identity = await app.database.prisma.identity.findFirstOrThrow({ where: { platform: 'discord', platformUserId: ada.id } });
    await seedProgress(app, identity.personId);
    ada.send('/history');
    const history = await ada.expectReply(/Your mood, last 7 days/);
    expect(history.content).toMatch(/PHQ-9: 18 on .+, 9 on .+\. A change this size is more than day-to-day variation — a real improvement/);
    expect(history.content).toContain('You’ve done homework 3 days in a row. Nice going.');
    expect(history.attachments).toHaveLength(1);
    const [chart] = history.attachments;
    expect(chart!.filename).toMatch(/^my-mood-\d{4}-\d{2}-\d{2}\.png$/);
    expect(chart!.content_type).toBe('image/png');
    expect(chart!.data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('delivers /export as four file attachments, spaced out when Discord caps the DM at one message a second', async () => {
    const max = person();
    await max.onboard();
    fake.capRate({ method: 'POST', path: max.messagesPath, max: 1, windowMs: 1_000 });
    max.send('/export');
    const json = await max.expectReply(/everything you’ve stored/);
    const csv = await max.expectReply(/CSV/);
    const report = await max.expectReply(/my progress/);
    const fhir = await max.expectReply(/FHIR R4/);
    expect(fhir.attachments).toHaveLength(1);
    expect(fhir.attachments[0]!.filename).toMatch(/^between-fhir-.+\.json$/);
    expect(JSON.parse(fhir.attachments[0]!.data.toString('utf8'))).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(json.attachments).toHaveLength(1);
    expect(csv.attachments).toHaveLength(1);
    expect(report.attachments).toHaveLength(1);
    expect(report.attachments[0]!.filename).toMatch(/\.html$/);
    expect(json.attachments[0]!.filename).toMatch(/\.json$/);
    const exported = JSON.parse(json.attachments[0]!.data.toString('utf8')) as { settings: { timezone: string } };
    expect(exported.settings.timezone).toBe('America/New_York');
    expect(csv.attachments[0]!.data.toString('utf8').split('\r\n')[0]).toMatch(/^type,at,local_date,mood_0_10/);
    const uploads = fake.requestsTo('POST', max.messagesPath).filter((r) => r.files.length > 0 && r.status === 200);
    expect(uploads.map((r) => (r.json as { attachments: { id: number; filename: string }[] }).attachments[0]?.filename)).toEqual(
      [json, csv, report, fhir].map((m) => m.attachments[0]!.filename),
    );
    expect(fake.requestsTo('POST', max.messagesPath).some((r) => r.status === 429)).toBe(true);
    expect(uploads[1]!.time - uploads[0]!.time).toBeGreaterThanOrEqual(1_000);
  });

  it('waits out a 429 storm on message sends for at least the Retry-After the fake announced', async () => {
    const eve = person();
    await eve.onboard();
    const before = fake.requestsTo('POST', eve.messagesPath).length;
    fake.fail({ method: 'POST', path: eve.messagesPath, count: 2, action: { kind: 'rate-limit', retryAfterSeconds: 1 } });
    eve.send('/help');
    await eve.expectReply(/What I can do/);
    const attempts = fake.requestsTo('POST', eve.messagesPath).slice(before);
    expect(attempts.map((r) => r.status)).toEqual([429, 429, 200]);
    for (let i = 1; i < attempts.length; i++) expect(attempts[i]!.time - attempts[i - 1]!.time).toBeGreaterThanOrEqual(1_000);
    await eve.expectNoReply();
  });

  it('retries after a 5xx and delivers once', async () => {
    const ivy = person();
    await ivy.onboard();
    const before = fake.requestsTo('POST', ivy.messagesPath).length;
    fake.fail({ method: 'POST', path: ivy.messagesPath, count: 1, action: { kind: 'status', status: 500 } });
    ivy.send('/help');
    await ivy.expectReply(/What I can do/);
    expect(fake.requestsTo('POST', ivy.messagesPath).slice(before).map((r) => r.status)).toEqual([500, 200]);
    await ivy.expectNoReply();
  });

  it('resumes after the gateway drops mid-conversation and gets what was said meanwhile', async () => {
    const zoe = person();
    await zoe.onboard();
    zoe.send('/checkin');
    await zoe.expectReply(/mood right now/);
    zoe.press('6');
    const emotions = await zoe.expectReply(/Which emotions/);
    const identifies = fake.gatewayOps.filter((o) => o.op === 2).length;
    const dropped = Date.now();
    fake.dropGateway();
    zoe.press('Calm');
    await zoe.expectEdited(emotions, 1, /Which emotions/);
    zoe.press('Done');
    await zoe.expectReply(/How strong is “calm”/);
    expect(fake.gatewayOps.some((o) => o.op === 6 && o.time >= dropped)).toBe(true);
    expect(fake.gatewayOps.filter((o) => o.op === 2)).toHaveLength(identifies);
  });

  it('resumes a message sent in parts at the part that failed, also after a restart: nothing repeated, nothing lost', async () => {
    const uma = person();
    await uma.onboard();
    const before = fake.requestsTo('POST', uma.messagesPath).length;
    // Two parts (longer than one Discord message); the second is refused (429) the first time.
    fake.fail({ method: 'POST', path: uma.messagesPath, after: 1, count: 1, action: { kind: 'rate-limit', retryAfterSeconds: 1 } });
    const retried = app.worker.events.next((event) => event.type === 'retried', 5_000, 'the retry of part two');
    const text = `First part. ${'a line of the summary\n'.repeat(120)}The end.`;
    await app.store.repos.outbox.enqueue({ idempotencyKey: 'split:discord', address: `discord:${uma.id}`, message: { text }, dueAt: new Date() });
    app.worker.wake();
    expect(await retried).toMatchObject({ idempotencyKey: 'split:discord', rateLimited: true });
    expect(await app.database.prisma.outboxMessage.findFirstOrThrow({ where: { idempotencyKey: 'split:discord' } })).toMatchObject({ partsSent: 1 });
    await app.stop();
    app = await startBetween(fake, database, keyFile);
    await fake.waitFor(() => (fake.requestsTo('POST', uma.messagesPath).slice(before).filter((r) => r.status === 200).length === 2 ? true : undefined), 10_000, 'part two after the restart');
    expect(fake.requestsTo('POST', uma.messagesPath).slice(before).map((r) => r.status)).toEqual([200, 429, 200]);
    const contents = fake.botMessages(uma.id).slice(-2).map((m) => m.content);
    expect(contents[0]).toMatch(/^First part\./);
    expect(contents[1]).toMatch(/The end\.$/);
  });

  it('continues a check-in after a restart on the same database', async () => {
    const noa = person();
    await noa.onboard();
    noa.send('/checkin');
    await noa.expectReply(/mood right now/);
    noa.press('8');
    const emotions = await noa.expectReply(/Which emotions/);
    noa.press('Happy');
    await noa.expectEdited(emotions, 1, /Which emotions/);
    await app.stop();
    app = await startBetween(fake, database, keyFile);
    noa.press('Done');
    await noa.expectReply(/You were in the middle of your check-in — continue, or stop for now\?/);
    noa.press('Continue');
    await noa.expectReply(/Which emotions/);
    noa.press('Done');
    await noa.expectReply(/How strong is “happy”/);
  });

  it('fails to start with a clear, token-free error for a wrong token or a switched-off MESSAGE CONTENT intent', async () => {
    const quiet = createLogger({ level: 'silent', format: 'json', secrets: [] });
    const wrong = createDiscordAdapter({ token: 'wrong-token-1234567890', apiUrl: fake.apiUrl, commands: [], logger: quiet });
    const refused = await wrong.start(async () => {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AdapterAuthError);
    expect((refused as Error).message).not.toContain('wrong-token');

    fake.messageContentIntentEnabled = false;
    try {
      const adapter = createDiscordAdapter({ token: fake.token, apiUrl: fake.apiUrl, commands: [], logger: quiet });
      const failure = await adapter.start(async () => {}).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AdapterAuthError);
      expect((failure as Error).message).toMatch(/MESSAGE CONTENT intent/);
      expect((failure as Error).message).not.toContain(fake.token);
    } finally {
      fake.messageContentIntentEnabled = true;
    }
  });

  it('registers the slash commands from the command line without starting the bot', async () => {
    // The app of this suite keeps heartbeating (op 1) meanwhile; only a new IDENTIFY (op 2) would mean
    // the script opened a gateway session.
    const identifies = () => fake.gatewayOps.filter((entry) => entry.op === 2).length;
    const before = identifies();
    const result = await runScript('scripts/discord-register-commands.ts', { DISCORD_BOT_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Registered \\d+ slash commands for Discord application ${fake.applicationId}`));
    expect(fake.requestsTo('GET', /^\/applications\/@me$/).length).toBe(1);
    expect(identifies()).toBe(before);
  });

  // Runs last: looks through everything the tests above logged.
  it('never logged the token or what people wrote', () => {
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(fake.token);
    for (const written of ['better off without me', 'and that is okay', 'travelling this week', '*email*']) expect(logs).not.toContain(written);
  });
});
