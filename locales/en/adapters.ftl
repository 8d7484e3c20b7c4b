# Between — English: what the platform adapters say themselves (notices for updates the core never
# sees, the long-answer form). Register: warm, plain, second person ("you").

# Telegram, to a command typed in a group chat. $link: the bot's private-chat link
adapter-group-chat = I only talk in private chats, so that what you share stays between us. Message me privately: { $link }
# Discord, to a command or button used in a server
adapter-dm-only = Between works in direct messages — open a DM with me and type /start.
# Discord: the button that opens a form for a long answer, and the form's field
adapter-write-answer = ✍️ Write my answer
adapter-your-answer = Your answer
# Discord, in place of a slash command's "thinking" note when the command could not be handled
adapter-command-failed = Sorry — something went wrong. Please try again in a moment.
# Telegram and the terminal, under choices shown as a numbered list (no buttons): how to answer by typing
adapter-type-number = Type a number.
adapter-type-number-or-answer = Type a number, or your answer.
# Telegram: a multi-select shown as a list
adapter-type-numbers-then-done = Type the numbers of all that apply (e.g. 1 3), then the number for { engine-done }.
# The terminal: a multi-select shown as a list
adapter-type-numbers-or-names = Type the numbers or names of all that apply, e.g. 1 3.
# Under a number scale, its other choice (Skip): $label as shown, $word what to type
adapter-type-word = { $label }: type “{ $word }”
# Discord's command menu: the text field of a command that takes words after it (/pause 3, /language es)
adapter-command-option = What to add after the command
# The terminal chat: an attachment it saved to a file instead of showing it. $what: adapter-console-image or -file; $file: its path
adapter-console-image = [image: { $alt }]
adapter-console-file = [file]
adapter-console-saved =
    { $what } saved to { $file }
    It holds your data, so I’ll remove it in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } or when you quit — copy it somewhere else if you want to keep it.
adapter-console-not-saved = { $what } not saved: the chat was closing. Ask again next time.
