package org.storyline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storyline.store.StoryFilter;
import org.storyline.store.StoryPage;
import org.storyline.store.StorySummary;
import org.storyline.store.lucene.LuceneStoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline stories [--store DIR] [--limit N] [--entity X] [--outlet X] [--json]}: lists stored stories. */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lists the stored stories, newest first (by their latest article): id, latest date, "
            + "articles, outlets and headline, one story a line; or the page as JSON.", ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {" 0:the stories were listed", ExitCodes.ERROR_HELP,
            "64:usage error (bad option, or no store in DIR)"},
        footer = {"%nExamples:", "  storyline stories --limit 10", "  storyline stories --entity NATO --json"})
public final class StoriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N stories (default: 20).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N stories.")
    private int offset;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only stories that mention NAME.")
    private String entity;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only stories with an article from outlet NAME.")
    private String outlet;

    @Option(names = "--json", description = "Print the page as JSON: {total, stories: [...]}.")
    private boolean json;

    /** Creates the command. */
    public StoriesCommand() {
    }

    /**
     * Lists the stories.
     *
     * @return {@link ExitCodes#OK}
     */
    @Override
    public Integer call() {
        if (limit < 0 || offset < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --offset must not be negative");
        }
        StoryPage page;
        try (LuceneStoryStore stories = store.openReader(spec)) {
            page = stories.stories(new StoryFilter(entity, outlet, null, null, offset, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.of(page));
        } else {
            for (StorySummary s : page.stories()) {
                out.printf("%s  %-10s  %3d article%s  %s  %s%n", s.id(), s.latest() == null ? "-" : s.latest()
                        .substring(0, Math.min(10, s.latest().length())), s.articles(), s.articles() == 1 ? " " : "s",
                        String.join(", ", s.outlets()), s.headline());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
