# Between — English: the reflective journaling prompts, offered in turn. Open, gentle and about the
# person's own experience; a therapist can set their own prompt in the assignment's instructions.
# Register: warm, plain, second person ("you").

journal-prompt-1 = What has been on your mind most today, and what do you notice about how you’re holding it?
journal-prompt-2 = Describe a moment from this week when you felt even a little more at ease. What was different about it?
journal-prompt-3 = What is something you handled better than you would have a year ago?
journal-prompt-4 = If a close friend were going through what you are going through, what would you want them to hear?
journal-prompt-5 = What drained your energy this week, and what gave some back?
journal-prompt-6 = Which feeling has visited you most often lately? What do you think it might be trying to tell you?
journal-prompt-7 = Write about a small thing you are looking forward to, and why it matters to you.
journal-prompt-8 = What is a belief about yourself that you are starting to question?
journal-prompt-9 = Think of someone who made your day a little better recently. What did they do, and how did it land?
journal-prompt-10 = What would “good enough” look like for you tomorrow?
journal-prompt-11 = What do you need more of right now, and what is one small way to get it?
journal-prompt-12 = Looking back at the last few days, what are you quietly proud of?
