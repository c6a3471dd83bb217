package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.storyline.server.ServerConfig;
import org.storyline.server.StorylineServer;
import org.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline serve [--store DIR] [--port 8080] [--host 127.0.0.1] [--token T] [--read-only]}: serves
 * the store's stories as a JSON API and web pages until interrupted (Ctrl-C), then stops and closes the store.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the stories of a store: web pages at / (stories, briefs whose every claim links to the "
                + "highlighted source, entities, search) and a JSON API under /api (see docs/http-api.md). "
                + "POST /api/articles ingests articles into the store. Runs until interrupted (Ctrl-C).",
            ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {" 0:stopped by an interrupt", ExitCodes.ERROR_HELP, ExitCodes.USAGE_HELP},
        footer = {"%nExample:", "  storyline serve --store news-store --port 8080"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption storeOption;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", showDefaultValue = Visibility.ALWAYS,
            description = "The port to listen on (0: any free port).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.LOOPBACK,
            showDefaultValue = Visibility.ALWAYS,
            description = "The address to listen on; the default lets only this machine connect.")
    private String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:STORYLINE_TOKEN}",
            showDefaultValue = Visibility.NEVER,
            description = "A token that POST requests must send as 'Authorization: Bearer TOKEN' "
                + "(default: environment variable STORYLINE_TOKEN; none: writes need no token).")
    private String token;

    @Option(names = "--read-only", description = "Open no writer: POST /api/articles answers 405.")
    private boolean readOnly;

    private final StoreOpener opener;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /** A command opening its store with {@code opener}. */
    public ServeCommand(StoreOpener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withToken(token);
        PrintWriter out = spec.commandLine().getOut();
        Path store = storeOption.dir();
        StoryStore opened;
        try {
            opened = opener.openReader(store);
        } catch (IllegalArgumentException noStore) {
            if (readOnly) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), noStore.getMessage());
            }
            opener.openWriter(store).close(); // a new, empty store to POST articles to
            opened = opener.openReader(store);
        }
        try (StoryStore stories = opened) {
            StorylineServer server = StorylineServer.create(stories, readOnly ? null : () -> opener.openWriter(store),
                    config).start();
            Thread hook = new Thread(this::stopAndWait, "storyline-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("storyline: serving " + store + " at http://" + host + ":" + server.port() + "/"
                    + (config.token() == null ? "" : " (writes need the token)") + "; Ctrl-C stops");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                server.stop();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping: the hook has run
                }
            }
        } finally {
            finished.countDown();
        }
        return ExitCodes.OK;
    }

    /** On Ctrl-C: stops the server and waits (10 s at most) until the store is closed. */
    private void stopAndWait() {
        stopped.countDown();
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops a running {@link #call()} (as an interrupt would). */
    void stop() {
        stopped.countDown();
    }
}
