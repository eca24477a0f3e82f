package com.chatcore.web.adminprojections;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Every group that has parked events. */
@Schema(name = "DeadLetters")
record DeadLettersJson(List<ParkedGroupJson> groups) {
}
