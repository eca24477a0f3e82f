package com.chatcore.web.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTest {

    @Test
    void ordinaryTextOfAnyScriptAndEmojiIsStorable() {
        assertThat(StorableText.isStorable("Hola, ¿qué tal? 你好 مرحبا")).isTrue();
        assertThat(StorableText.isStorable("pair \uD83D\uDE00 at the end \uD83D\uDE00")).isTrue();
        assertThat(StorableText.isStorable("tabs\tand\nnewlines\r\n")).isTrue();
        assertThat(StorableText.isStorable("")).isTrue();
        assertThat(StorableText.isStorable(null)).isTrue();
    }

    @Test
    void nulIsRefusedWithDjangosMessage() {
        assertThat(StorableText.problem("a\u0000b")).contains(StorableText.NULL_CHARACTER);
        assertThat(StorableText.problem("\u0000")).contains(StorableText.NULL_CHARACTER);
    }

    @Test
    void loneSurrogatesAreRefusedWhereverTheyStand() {
        assertThat(StorableText.problem("\uD800")).hasValueSatisfying(m -> assertThat(m).contains("U+D800"));
        assertThat(StorableText.problem("end \uD83D")).hasValueSatisfying(m -> assertThat(m).contains("U+D83D"));
        assertThat(StorableText.problem("\uDE00 start")).hasValueSatisfying(m -> assertThat(m).contains("U+DE00"));
        assertThat(StorableText.isStorable("\uDE00\uD83D")).isFalse();
        assertThat(StorableText.isStorable("\uD83D\uD83D\uDE00")).isFalse();
    }

    @Test
    void nonCharactersAreRefused() {
        assertThat(StorableText.problem("x\uFFFE")).hasValueSatisfying(m -> assertThat(m).contains("U+FFFE"));
        assertThat(StorableText.isStorable("\uFFFF")).isFalse();
    }
}
