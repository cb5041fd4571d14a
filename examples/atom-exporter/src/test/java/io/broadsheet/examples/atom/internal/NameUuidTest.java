package io.broadsheet.examples.atom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameUuidTest {

    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesOtherVersion5Implementations() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        assertThat(NameUuid.v5(DNS, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void isStableAndVersion5() {
        UUID id = NameUuid.v5(NameUuid.BROADSHEET_ATOM, "article:9ad2e7e09c9cddb0");

        assertThat(id).isEqualTo(NameUuid.v5(NameUuid.BROADSHEET_ATOM, "article:9ad2e7e09c9cddb0"));
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(NameUuid.urn("article:9ad2e7e09c9cddb0")).isEqualTo("urn:uuid:" + id);
    }
}
