package io.broadsheet.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteOrderMarkTest {

    @Test
    void namesTheCharsetAndTheBytesToSkip() {
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
                .contains(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}))
                .contains(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .contains(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
    }

    @Test
    void noMarkShortInputsAndACutSampleGiveNone() {
        assertThat(ByteOrderMark.of("abc".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xEF, (byte) 0xBB})).isEmpty();
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 2)).isEmpty();
    }
}
