import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  Locale as DiscordLocale,
  TextInputStyle,
  type APIActionRowComponent,
  type APIModalInteractionResponseCallbackData,
  type APIComponentInMessageActionRow,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type LocalizationMap,
  type RawFile,
} from 'discord.js';
import { AdapterValidationError, type MenuCommand } from '../../src/core/adapter.js';
import { parseMarkup, type Choice, type MarkupSegment, type OutboundMessage } from '../../src/core/messages.js';
import { DEFAULT_LOCALE, translate, type Locale } from '../../src/core/i18n/index.js';
import { splitStyled } from '../kit.js';

/** Longest `content` of one message. */
export const DISCORD_MESSAGE_LIMIT_CHARS = 2_000;
export const DISCORD_BUTTONS_PER_ROW = 5;
export const DISCORD_ROWS_PER_MESSAGE = 5;
export const DISCORD_MAX_BUTTONS = DISCORD_BUTTONS_PER_ROW * DISCORD_ROWS_PER_MESSAGE;
export const DISCORD_BUTTON_LABEL_LIMIT_CHARS = 80;
export const DISCORD_CUSTOM_ID_LIMIT_CHARS = 100;
export const DISCORD_SELECT_OPTIONS_LIMIT = 25;
export const DISCORD_SELECT_LABEL_LIMIT_CHARS = 100;
export const DISCORD_SELECT_VALUE_LIMIT_CHARS = 100;
/** Upload limit for bots outside boosted servers (DMs included). */
export const DISCORD_ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;
export const DISCORD_ATTACHMENT_DESCRIPTION_LIMIT_CHARS = 1_024;
export const DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS = 100;
/** Prefix of select-menu custom ids; the chosen option's value is the core's choice id. */
export const DISCORD_SELECT_ID_PREFIX = 'between:select:';
/** The "write my answer" button: `between:write:<max length>:<form title>`; Between opens a modal. */
export const DISCORD_WRITE_ID_PREFIX = 'between:write:';
/** The modal's custom id and its one text input's. */
export const DISCORD_ANSWER_MODAL_ID = 'between:answer';
export const DISCORD_ANSWER_INPUT_ID = 'answer';
/** Discord's limits for modals: title and input label 45 characters, a text input 4,000. */
export const DISCORD_MODAL_TITLE_LIMIT_CHARS = 45;
export const DISCORD_TEXT_INPUT_LIMIT_CHARS = 4_000;
/** The string option a slash command's arguments arrive in. */
export const DISCORD_COMMAND_TEXT_OPTION = 'text';

/** One Discord message: the JSON body and the files uploaded with it. */
export interface DiscordMessagePart {
  body: RESTPostAPIChannelMessageJSONBody;
  files: RawFile[];
}

/**
 * Renders a core message as one or more Discord messages: text split at the 2,000-character limit
 * (preferably at line breaks), buttons or select menus and any attachment on the last part.
 * Throws {@link AdapterValidationError} for what Discord would refuse (ids too long, file too big).
 */
export function renderMessage(message: OutboundMessage): DiscordMessagePart[] {
  const texts = splitMarkdown(message.text, DISCORD_MESSAGE_LIMIT_CHARS);
  const components = message.choices?.length ? renderChoices(message.choices) : [];
  if (message.textAnswer) addWriteButton(components, message.textAnswer);
  const files: RawFile[] = [];
  const attachments: NonNullable<RESTPostAPIChannelMessageJSONBody['attachments']> = [];
  if (message.attachment) {
    const { attachment } = message;
    const data = Buffer.from(attachment.data, 'base64');
    if (data.length > DISCORD_ATTACHMENT_LIMIT_BYTES) throw new AdapterValidationError(`attachment of ${data.length} bytes exceeds Discord's limit`, 'discord');
    const filename = attachment.filename.replace(/[^\w.-]/g, '_') || 'file';
    files.push({ name: filename, data, contentType: attachment.mimeType });
    attachments.push({
      id: 0,
      filename,
      ...(attachment.kind === 'image' && { description: attachment.alt.slice(0, DISCORD_ATTACHMENT_DESCRIPTION_LIMIT_CHARS) }),
    });
  }
  return texts.map((content, index) => {
    const last = index === texts.length - 1;
    const body: RESTPostAPIChannelMessageJSONBody = { content, allowed_mentions: { parse: [] } };
    if (last && components.length) body.components = components;
    if (last && attachments.length) body.attachments = attachments;
    return { body, files: last ? files : [] };
  });
}

/** Up to 25 choices as buttons, five to a row; more as string select menus of up to 25 options. */
export function renderChoices(choices: Choice[]): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const ids = new Set<string>();
  for (const choice of choices) {
    if (choice.id.length === 0 || choice.id.length > DISCORD_CUSTOM_ID_LIMIT_CHARS || choice.id.startsWith('between:')) {
      throw new AdapterValidationError(`choice id of ${choice.id.length} characters is not a valid Discord custom id`, 'discord');
    }
    if (ids.has(choice.id)) throw new AdapterValidationError('two choices share one id', 'discord');
    ids.add(choice.id);
  }
  if (choices.length <= DISCORD_MAX_BUTTONS) {
    return chunk(choices, DISCORD_BUTTONS_PER_ROW).map((row) => ({
      type: ComponentType.ActionRow,
      components: row.map((choice) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: choice.id,
        label: shorten(choice.label, DISCORD_BUTTON_LABEL_LIMIT_CHARS),
      })),
    }));
  }
  const menus = chunk(choices, DISCORD_SELECT_OPTIONS_LIMIT);
  if (menus.length > DISCORD_ROWS_PER_MESSAGE) throw new AdapterValidationError(`${choices.length} choices do not fit in one Discord message`, 'discord');
  return menus.map((options, index) => {
    const first = index * DISCORD_SELECT_OPTIONS_LIMIT + 1;
    return {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: `${DISCORD_SELECT_ID_PREFIX}${index}`,
          placeholder: menus.length > 1 ? `Choose… (${first}–${first + options.length - 1})` : 'Choose…',
          min_values: 1,
          max_values: 1,
          options: options.map((choice) => ({ value: choice.id, label: shorten(choice.label, DISCORD_SELECT_LABEL_LIMIT_CHARS) })),
        },
      ],
    };
  });
}

/**
 * For a question with a long typed answer: a "Write my answer" button (on the last row with room,
 * else a row of its own) that opens a form — easier than one long DM. Typing a DM still works.
 */
function addWriteButton(rows: APIActionRowComponent<APIComponentInMessageActionRow>[], answer: { title: string; maxLength: number; label?: string }): void {
  const title = shorten(answer.title.charAt(0).toUpperCase() + answer.title.slice(1), DISCORD_MODAL_TITLE_LIMIT_CHARS);
  const button = {
    type: ComponentType.Button as const,
    style: ButtonStyle.Primary as const,
    custom_id: `${DISCORD_WRITE_ID_PREFIX}${Math.min(answer.maxLength, DISCORD_TEXT_INPUT_LIMIT_CHARS)}:${title}`.slice(0, DISCORD_CUSTOM_ID_LIMIT_CHARS),
    // The core words the button in the person's language; English for a message without it.
    label: answer.label ?? translate(DEFAULT_LOCALE, 'adapter-write-answer'),
  };
  const last = rows.at(-1);
  if (last && last.components.length < DISCORD_BUTTONS_PER_ROW && last.components.every((component) => component.type === ComponentType.Button)) {
    last.components.push(button);
  } else if (rows.length < DISCORD_ROWS_PER_MESSAGE) {
    rows.push({ type: ComponentType.ActionRow, components: [button] });
  }
}

/** The modal a "Write my answer" button opens, from the button's custom id; undefined if it is not one. */
export function answerModal(customId: string, locale: Locale = DEFAULT_LOCALE): APIModalInteractionResponseCallbackData | undefined {
  const match = /^between:write:(\d{1,4}):(.*)$/s.exec(customId);
  if (!match) return undefined;
  return {
    custom_id: DISCORD_ANSWER_MODAL_ID,
    title: match[2] || translate(locale, 'adapter-your-answer'),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: DISCORD_ANSWER_INPUT_ID,
            label: translate(locale, 'adapter-your-answer'),
            style: TextInputStyle.Paragraph,
            min_length: 1,
            max_length: Math.max(1, Math.min(Number(match[1]), DISCORD_TEXT_INPUT_LIMIT_CHARS)),
            required: true,
          },
        ],
      },
    ],
  };
}

/**
 * Escapes text so Discord shows it literally: inline markers everywhere, block markers (headings,
 * quotes, lists) at the start of a line. Mentions never ping anyway (`allowed_mentions`).
 */
export function escapeDiscordMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|<[\]]/g, '\\$&')
    .replace(/^([ \t]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\.(?=\s)/gm, '$1\\.');
}

/** Core markup (`*bold*`, `_italic_`, escapes) as Discord markdown with every literal escaped. */
export function toDiscordMarkdown(text: string): string {
  return parseMarkup(text).map(renderSegment).join('');
}

/**
 * Renders core markup and splits it into messages of at most `limit` characters of Discord
 * markdown (escapes and markers counted). Each piece is rendered on its own so bold and italic
 * markers never straddle two messages.
 */
export function splitMarkdown(text: string, limit: number): string[] {
  const render = (chunk: readonly MarkupSegment[]) => chunk.map(renderSegment).join('');
  const parts = splitStyled(parseMarkup(text), limit, (chunk) => render(chunk).length).map((chunk) => render(chunk).trim());
  return parts.length > 0 ? parts : [''];
}

/**
 * Discord's locales for each of our languages: our Spanish (Latin-American neutral) serves both of
 * Discord's Spanish locales.
 */
const DISCORD_LOCALES: Readonly<Record<string, readonly DiscordLocale[]>> = { es: [DiscordLocale.SpanishLATAM, DiscordLocale.SpanishES], de: [DiscordLocale.German] };

/** Our descriptions by language (`es`, `de`) as Discord's `…_localizations`, each cut to its limit. */
function localizations(byLanguage: Readonly<Record<string, string>>): LocalizationMap | undefined {
  const entries = Object.entries(byLanguage).flatMap(([language, text]) => (DISCORD_LOCALES[language] ?? []).map((locale) => [locale, shorten(text, DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS)] as const));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The text option's description in every language (locales/<lang>/adapters.ftl). */
const optionDescriptions = () => Object.fromEntries(Object.keys(DISCORD_LOCALES).map((language) => [language, translate(language as Locale, 'adapter-command-option')]));

/**
 * Command list → the application commands Discord shows in its `/` menu (DMs with the bot only),
 * described in English and, through `description_localizations`, in Spanish and German to people
 * whose Discord is in those languages. Names stay as typed everywhere (/checkin).
 */
export function toApplicationCommands(commands: readonly MenuCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(({ command, description, localized }) => {
    const described = localizations(localized ?? {});
    const optionLocalized = localizations(optionDescriptions());
    return {
      name: command,
      description: shorten(description, DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS),
      ...(described && { description_localizations: described }),
      contexts: [InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      // Commands whose description shows an example with arguments (`e.g. /pause 3`) take them.
      ...(new RegExp(`/${command}\\s+\\S`).test(description) && {
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: DISCORD_COMMAND_TEXT_OPTION,
            description: translate(DEFAULT_LOCALE, 'adapter-command-option'),
            ...(optionLocalized && { description_localizations: optionLocalized }),
            required: false,
          },
        ],
      }),
    };
  });
}

function renderSegment(segment: MarkupSegment): string {
  const marker = (segment.bold ? '**' : '') + (segment.italic ? '*' : '');
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text) ?? [];
  if (!marker || !core) return escapeDiscordMarkdown(segment.text);
  return `${lead}${marker}${escapeDiscordMarkdown(core)}${[...marker].reverse().join('')}${trail}`;
}

function shorten(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length === 0) return '…';
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
