package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storyline.render.Format;
import picocli.CommandLine.TypeConversionException;

class FormatConverterTest {

    private final FormatConverter converter = new FormatConverter();

    @Test
    void acceptsTheFormatNames() {
        assertThat(converter.convert("markdown")).isEqualTo(Format.MARKDOWN);
        assertThat(converter.convert("md")).isEqualTo(Format.MARKDOWN);
        assertThat(converter.convert("json")).isEqualTo(Format.JSON);
    }

    @Test
    void unknownNameIsAConversionErrorNamingIt() {
        assertThatThrownBy(() -> converter.convert("yaml"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("yaml");
    }
}
