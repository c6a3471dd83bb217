package org.storyline.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.render.Format;
import org.storyline.store.StoredStory;
import org.storyline.store.lucene.LuceneStoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline show STORY [--store DIR] [--format markdown|json|html]}: prints a stored story's brief. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Prints the brief of a stored story, as rendered when the story last changed. A story "
            + "merged into another is found under its old id too.", ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {" 0:the brief was printed", ExitCodes.ERROR_HELP, " 2:no such story in the store",
            "64:usage error (bad option, or no store in DIR)"},
        footer = {"%nExamples:", "  storyline show story-4e6794c49733", "  storyline show story-4e6794c49733 -f html > story.html"})
public final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "STORY", description = "The story's id, as 'storyline stories' lists it.")
    private String id;

    @Mixin
    private StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            converter = FormatConverter.class,
            description = "markdown (the default; also md), json (the JSON contract, one story) or html.")
    private Format format;

    /** Creates the command. */
    public ShowCommand() {
    }

    /**
     * Prints the story.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_PROBLEMS} when there is no such story
     */
    @Override
    public Integer call() {
        Optional<StoredStory> story;
        try (LuceneStoryStore stories = store.openReader(spec)) {
            story = stories.story(id);
        }
        if (story.isEmpty()) {
            spec.commandLine().getErr().println("storyline: no story " + id + " in the store at " + store.dir()
                    + " (see 'storyline stories')");
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_PROBLEMS;
        }
        String text = switch (format) {
            case MARKDOWN -> story.get().markdown();
            case JSON -> story.get().json();
            case HTML -> story.get().html();
        };
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
        return ExitCodes.OK;
    }
}
