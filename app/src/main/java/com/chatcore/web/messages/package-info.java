/**
 * Seed 003 "Mensajes" ({@code /api/messages/}), except {@code send_guest_message} (guest chat family).
 *
 * <p>Choices where the seed is silent:
 * <ul>
 * <li><b>Sides.</b> A caller with an AGENT or SUPERUSER token is the agent side; anyone else (no token,
 * or a customer's USER token) is the guest, whose {@code chat_room_id} is its guest key (what
 * {@code complete_chat} answered), never the room id agents see; agents give the room id. The agent side reads
 * customer messages, the guest reads agent messages; system messages are nobody's to read.</li>
 * <li><b>Who may act.</b> An agent acts on the chats they hold (resolved and closed ones included);
 * a superuser on every chat. Any agent may look at a waiting chat ({@code unread_count},
 * {@code by_chat}) but marks nothing there; other chats held by someone else answer 403.
 * {@code POST /api/messages/} is for the agent holding the chat only (superusers hold no chats); a
 * finished chat answers 400 {@code {"error": ...}} whoever asks, as the chat decides that first.</li>
 * <li><b>{@code mark_read}</b> on the agent's own (or a system) message changes nothing and answers
 * the message as it is ({@code is_read} is then the customer's reading).</li>
 * <li><b>{@code mark_bulk_read}</b>: at most 500 items; {@code total_requested} counts the items as
 * given (duplicates and non-ids included), {@code valid_messages} the distinct messages among them in
 * chats the caller may act on (the agent's own messages included), {@code updated_count} those that
 * turned read. Items that are not UUID strings name no message; they are not refused.</li>
 * <li><b>{@code mark_chat_read}</b> and <b>{@code by_chat}</b> work on the chat's last 1000 messages
 * (oldest first); {@code total_messages} counts the messages answered. Superusers read any chat
 * through {@code by_chat} without marking it; only the agent holding the chat marks on the agent
 * side. {@code user_type: "agent"} without a token answers 401, with a non-agent token 403.</li>
 * <li><b>{@code unread_count}</b> without {@code chat_room_id} (agent side only) sums the chats the
 * agent holds active; for a superuser, every active chat.</li>
 * <li><b>{@code recent_chats}</b>: {@code limit} defaults to 10, must be at least 1, and is capped
 * at 100 like {@code page_size}.</li>
 * <li><b>Read-your-writes for read marks.</b> The projection announces a read mark through the room
 * ({@code FindChatRoomQuery}), not through each message, and the room's counters move with every new
 * message; so {@link com.chatcore.web.messages.ReadMarks} names the messages it marks and waits,
 * after each room update, until the read model shows all of them read.</li>
 * </ul>
 */
package com.chatcore.web.messages;
