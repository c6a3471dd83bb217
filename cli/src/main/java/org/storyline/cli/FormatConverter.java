package org.storyline.cli;

import org.storyline.render.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns the {@code --format} value into a {@link Format}, so that a bad value is a usage error (exit 64)
 * whose message names the value.
 */
public final class FormatConverter implements ITypeConverter<Format> {

    /**
     * Parses a format name with {@link Format#parse(String)}.
     *
     * @param value the option value, e.g. {@code markdown}, {@code md} or {@code json}
     * @return the format
     * @throws TypeConversionException with the message of {@link Format#parse(String)}, which names the bad value
     */
    @Override
    public Format convert(String value) {
        try {
            return Format.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
