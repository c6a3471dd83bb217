package org.storyline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version shown by {@code storyline --version}, read from {@code version.properties}, which Maven
 * fills in with the project version at build time.
 */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /**
     * The version lines.
     *
     * @return {@code storyline VERSION} and the Java runtime it runs on
     */
    @Override
    public String[] getVersion() {
        return new String[] {
            "storyline " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /**
     * The project version.
     *
     * @return the version, or {@code unknown} if the resource is missing
     */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " of storyline-cli", e);
        }
    }
}
