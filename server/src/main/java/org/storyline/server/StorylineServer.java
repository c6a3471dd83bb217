package org.storyline.server;

import io.javalin.Javalin;
import java.util.Objects;
import java.util.function.Supplier;
import org.storyline.store.StoreWriter;
import org.storyline.store.StoryStore;

/**
 * The storyline HTTP server: the JSON API and the web pages over one store.
 *
 * <pre>{@code
 * StorylineServer server = StorylineServer.create(store, writers, ServerConfig.defaults().withPort(0));
 * server.start();
 * System.out.println("http://127.0.0.1:" + server.port() + "/");
 * ...
 * server.stop();
 * }</pre>
 *
 * The server does not own the store: {@link #stop()} leaves it open for the caller to close.
 */
public final class StorylineServer {

    private final Javalin app;
    private final ServerConfig config;

    private StorylineServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * A server over {@code store}, not yet started.
     *
     * @param store   what the server reads; used from many threads at once
     * @param writers opens a writer for each ingest request (the writer is closed after it), or {@code null}
     *                for a read-only server, whose {@code POST /api/articles} answers 405; may throw
     *                {@link org.storyline.store.StoreLockedException}, answered with 409
     * @param config  where to listen and what to accept
     * @return the server; call {@link #start()}
     */
    public static StorylineServer create(StoryStore store, Supplier<StoreWriter> writers, ServerConfig config) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(config, "config");
        Javalin app = Javalin.create(javalin -> Routes.configure(javalin, store, writers, config));
        return new StorylineServer(app, config);
    }

    /**
     * Starts listening on the configured host and port.
     *
     * @return this server
     * @throws IllegalStateException when the port cannot be bound; the message names host and port
     */
    public StorylineServer start() {
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        return this;
    }

    /** The port listened on (the one picked when the configuration asked for port 0). */
    public int port() {
        return app.port();
    }

    /** The host listened on. */
    public String host() {
        return config.host();
    }

    /** Stops listening; requests in progress are finished first. The store stays open. */
    public void stop() {
        app.stop();
    }
}
