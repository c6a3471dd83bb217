package org.storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.extract.ExtractedPage;
import org.storyline.extract.HtmlExtractor;
import org.storyline.ingest.PageFile;
import org.storyline.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline extract PATH... [--format json]}: extracts the article of each saved web page and prints
 * {@code {key: {"title", "articleBody", "published", "authors", "outlet", "url", "language"}}}, where the key
 * is the file name without {@code .html}, {@code .htm} or {@code .html.gz}; every unreadable input is a line
 * on stderr.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts the article (body, title, date, authors, outlet, canonical URL, language) of each saved "
                + "web page under each PATH (.html, .htm, .html.gz; directories recursively) and prints them as "
                + "one JSON object keyed by file name without extension; articleBody has one paragraph a line.",
            "Pages that cannot be read are skipped and printed to stderr as 'storyline: PATH: extract: REASON'.",
            ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.EXTRACT_OK_HELP, ExitCodes.ERROR_HELP, ExitCodes.INPUT_PROBLEMS_HELP, ExitCodes.USAGE_HELP},
        footer = {"%nExample:", "  storyline extract saved-pages/ --format json"})
public final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A page file (.html, .htm, .html.gz) or a directory searched recursively for them.")
    private List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json (the only one, and the default).")
    private ExtractFormat format;

    /** Output formats of {@code extract}. */
    enum ExtractFormat {
        /** One JSON object keyed by page. */
        json
    }

    /** Creates the command. */
    public ExtractCommand() {
    }

    /**
     * Extracts every page and prints the JSON object, then the problems.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_PROBLEMS} if some inputs could not be read
     */
    @Override
    public Integer call() {
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        int problems = 0;
        for (Path path : paths) {
            List<Path> files;
            try {
                files = PageFiles.expand(path);
            } catch (IOException | UncheckedIOException e) {
                err.println(StderrLines.problem(new Problem(path.toString(), "extract", reason(e))));
                problems++;
                continue;
            }
            for (Path file : files) {
                try {
                    ExtractedPage page = extractor.extract(PageFile.read(file));
                    pages.put(PageFiles.key(file).orElseThrow(), fields(page));
                } catch (PageFile.UnreadablePage e) {
                    err.println(StderrLines.problem(new Problem(file.toString(), "extract", e.getMessage())));
                    problems++;
                } catch (RuntimeException | StackOverflowError e) {
                    err.println(StderrLines.problem(new Problem(file.toString(), "extract", "cannot extract: " + e)));
                    problems++;
                }
            }
        }
        print(pages);
        err.flush();
        return problems == 0 ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }

    /** The JSON fields of one page. */
    static Map<String, Object> fields(ExtractedPage page) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", page.title());
        fields.put("articleBody", page.body());
        fields.put("published", page.published());
        fields.put("authors", page.authors());
        fields.put("outlet", page.outlet());
        fields.put("url", page.url());
        fields.put("language", page.language());
        return fields;
    }

    private void print(Map<String, Map<String, Object>> pages) {
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println(JSON.writeValueAsString(pages));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the extracted pages as JSON: " + e.getMessage(), e);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
