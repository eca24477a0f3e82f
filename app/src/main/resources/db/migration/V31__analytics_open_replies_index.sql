-- An agent's message closes its conversation's unanswered customer messages. Through the primary key that
-- update visited every reply the conversation ever had (a long chat: thousands of rows per message); this
-- index holds only the unanswered ones, usually none or a few.
CREATE INDEX analytics_replies_open ON analytics_replies (conversation_id) WHERE replied_at IS NULL;
