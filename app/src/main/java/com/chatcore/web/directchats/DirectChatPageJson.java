package com.chatcore.web.directchats;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "DirectChatPage")
record DirectChatPageJson(List<DirectChatJson> chats, PaginationJson pagination) {
}
