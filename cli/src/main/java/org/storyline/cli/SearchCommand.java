package org.storyline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchResult;
import org.storyline.store.StoreQueryException;
import org.storyline.store.lucene.LuceneStoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline search QUERY [--store DIR] [--limit N] [--json]}: searches the store. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Searches the stored articles, stories, quotes and entities, best first: per hit its kind, "
            + "id, story and title, then a snippet.",
            "QUERY: words (all required), \"a phrase\", field:value with the fields title, text, outlet, speaker, "
                + "entity, published, latest, kind, story, id; published:[2024-10-01 TO 2024-10-31]; AND, OR, NOT, "
                + "parentheses, word*.", ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {" 0:the search ran (with or without hits)", ExitCodes.ERROR_HELP,
            "64:usage error (bad query or option, or no store in DIR)"},
        footer = {"%nExamples:", "  storyline search 'speaker:\"Jane Doe\"'",
            "  storyline search 'outlet:EFE AND published:[2024-10-01 TO 2024-10-31]' --json"})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "What to look for (quote it for the shell).")
    private String query;

    @Mixin
    private StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default: 10).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits.")
    private int offset;

    @Option(names = "--json", description = "Print the result as JSON: {total, hits: [...]}.")
    private boolean json;

    /** Creates the command. */
    public SearchCommand() {
    }

    /**
     * Runs the search.
     *
     * @return {@link ExitCodes#OK}
     */
    @Override
    public Integer call() {
        if (limit < 0 || offset < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --offset must not be negative");
        }
        SearchResult result;
        try (LuceneStoryStore stories = store.openReader(spec)) {
            result = stories.search(query, offset, limit);
        } catch (StoreQueryException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.of(result));
        } else {
            for (SearchHit hit : result.hits()) {
                out.printf("%-7s %s  %s  %s%n", hit.kind(), hit.id(), hit.storyId() == null ? "-" : hit.storyId(),
                        hit.title() == null ? "" : hit.title());
                if (hit.snippet() != null && !hit.snippet().isEmpty()) {
                    out.println("        " + hit.snippet());
                }
            }
            out.println(result.total() + " hit" + (result.total() == 1 ? "" : "s"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
