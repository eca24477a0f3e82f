package com.chatcore.web.directchats;

import java.util.List;

/**
 * {@code page} and {@code limit} of seed 002's lists: 1 and 10 unless given, {@code limit} capped so no request
 * reads an unbounded list. A value that is no positive whole number counts as not given (the seed's
 * implementation turned it into NaN and failed).
 */
record Paging(int page, int limit) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    static Paging of(String page, String limit) {
        return new Paging(positive(page, 1), Math.min(positive(limit, DEFAULT_LIMIT), MAX_LIMIT));
    }

    DirectChatPageJson page(List<DirectChatJson> chats, long total) {
        return new DirectChatPageJson(chats, new PaginationJson(page, limit, total, (total + limit - 1) / limit));
    }

    private static int positive(String value, int fallback) {
        if (value == null || !value.trim().matches("[0-9]{1,9}")) {
            return fallback;
        }
        int number = Integer.parseInt(value.trim());
        return number < 1 ? fallback : number;
    }
}
