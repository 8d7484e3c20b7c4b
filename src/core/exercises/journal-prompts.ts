/**
 * Reflective journaling prompts, offered in turn. Written to be open, gentle and about the
 * client's own experience; a therapist can set their own prompt in the assignment's instructions.
 */
export const JOURNAL_PROMPTS: readonly string[] = [
  'What has been on your mind most today, and what do you notice about how you’re holding it?',
  'Describe a moment from this week when you felt even a little more at ease. What was different about it?',
  'What is something you handled better than you would have a year ago?',
  'If a close friend were going through what you are going through, what would you want them to hear?',
  'What drained your energy this week, and what gave some back?',
  'Which feeling has visited you most often lately? What do you think it might be trying to tell you?',
  'Write about a small thing you are looking forward to, and why it matters to you.',
  'What is a belief about yourself that you are starting to question?',
  'Think of someone who made your day a little better recently. What did they do, and how did it land?',
  'What would “good enough” look like for you tomorrow?',
  'What do you need more of right now, and what is one small way to get it?',
  'Looking back at the last few days, what are you quietly proud of?',
];
