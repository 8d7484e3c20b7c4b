-- Data only: homework assigned from Slack was stored under the therapist side's own ids, which the
-- exercise library (the one registry of homework kinds) never used, so completions were never
-- counted for it. Store those assignments under the library's ids.
UPDATE "Assignment" SET "kind" = 'journal' WHERE "kind" = 'journaling';
UPDATE "Assignment" SET "kind" = 'routine' WHERE "kind" = 'routine_log';
