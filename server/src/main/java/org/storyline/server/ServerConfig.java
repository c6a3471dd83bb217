package org.storyline.server;

/**
 * How a {@link StorylineServer} listens and what it accepts.
 *
 * @param host         the address to bind; {@code 127.0.0.1} by default, so only this machine can connect
 * @param port         the port; {@code 0} picks a free one ({@link StorylineServer#port()} tells which)
 * @param token        the bearer token write requests must carry, or {@code null} when writes need none
 * @param maxBodyBytes the largest request body accepted; larger ones are refused with 413
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes) {

    /** The default address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default largest request body: 8 MiB. */
    public static final long DEFAULT_MAX_BODY = 8L << 20;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank, was '" + host + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
    }

    /** Loopback, port 8080, no token, 8 MiB bodies. */
    public static ServerConfig defaults() {
        return new ServerConfig(LOOPBACK, DEFAULT_PORT, null, DEFAULT_MAX_BODY);
    }

    /** This configuration on {@code newHost}. */
    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, token, maxBodyBytes);
    }

    /** This configuration on {@code newPort} ({@code 0}: any free port). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, token, maxBodyBytes);
    }

    /** This configuration with write token {@code newToken} ({@code null} or blank: none). */
    public ServerConfig withToken(String newToken) {
        return new ServerConfig(host, port, newToken, maxBodyBytes);
    }

    /** This configuration accepting bodies up to {@code bytes}. */
    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, token, bytes);
    }

    /** Hides the token, so that a logged configuration does not leak it. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "set")
                + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
