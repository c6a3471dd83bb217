package org.storyline.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.storyline.model.Brief;
import org.storyline.model.Problem;
import org.storyline.model.Report;

/**
 * Writes a report as one self-contained HTML page: every story with its headline, summary, who said
 * what, key facts, conflicts, timeline, coverage by outlet (with an SVG chart), entities and
 * sources; failed inputs at the end. Citation markers ({@code [1][3]}) open the cited passage of
 * each source in context, the cited words highlighted.
 *
 * <p>The page needs no network: style and script are inline, and a Content-Security-Policy allows
 * nothing else (no other script, no requests, images only as data). Article text is untrusted: it is
 * only ever written as escaped text or quoted attribute values, never into the script, an event
 * handler, a URL or a style; article addresses are shown as text. Passages are rendered here, so the
 * script only shows and hides elements. Each render uses a new random script nonce.
 */
public final class HtmlRenderer implements ReportRenderer {

    private static final String STYLE = resource("HtmlBrief.css");
    private static final String SCRIPT = resource("HtmlBrief.js");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final List<HtmlSection> SECTIONS = List.of(
            new HtmlSummarySection(), new HtmlQuotesSection(), new HtmlFactsSection(), new HtmlConflictsSection(),
            new HtmlTimelineSection(), new HtmlCoverageSection(), new HtmlEntitiesSection(), new HtmlSourcesSection());

    private final Supplier<String> nonces;

    /** A renderer that gives each page a fresh random script nonce. */
    public HtmlRenderer() {
        this(HtmlRenderer::randomNonce);
    }

    /** A renderer taking its script nonces from {@code nonces}, for tests. */
    HtmlRenderer(Supplier<String> nonces) {
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /** {@inheritDoc} */
    @Override
    public String render(Report report) {
        Objects.requireNonNull(report, "report");
        String nonce = nonces.get();
        if (!nonce.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalStateException("a script nonce must be 16 or more base64url characters, got " + nonce);
        }
        HtmlBuilder out = new HtmlBuilder();
        head(report, nonce, out);
        out.open("body").newline();
        if (report.stories().size() > 1) {
            contents(report.stories(), out);
        }
        out.open("main").newline();
        if (report.stories().isEmpty()) {
            out.element("h1", "No stories").element("p", "No article could be briefed.").newline();
        }
        for (int i = 0; i < report.stories().size(); i++) {
            story(report.stories().get(i), "s" + (i + 1), out);
        }
        problems(report.problems(), out);
        out.close("main").newline();
        out.open("script", "nonce", nonce).trusted(SCRIPT).close("script").newline();
        out.close("body").newline().close("html").newline();
        return out.toString();
    }

    private static void head(Report report, String nonce, HtmlBuilder out) {
        out.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline();
        out.empty("meta", "charset", "utf-8").newline();
        out.empty("meta", "http-equiv", "Content-Security-Policy", "content", "default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'nonce-" + nonce + "'; img-src data:; "
                + "base-uri 'none'; form-action 'none'").newline();
        out.empty("meta", "name", "referrer", "content", "no-referrer").newline();
        out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        out.element("title", title(report)).newline();
        out.open("style").trusted(STYLE).close("style").newline();
        out.close("head").newline();
    }

    private static String title(Report report) {
        List<Brief> stories = report.stories();
        if (stories.size() == 1) {
            return headline(stories.get(0));
        }
        return stories.isEmpty() ? "No stories" : stories.size() + " story briefs";
    }

    private static void contents(List<Brief> stories, HtmlBuilder out) {
        out.open("nav", "class", "contents", "aria-label", "Stories").element("h2", stories.size() + " stories")
                .open("ol").newline();
        for (int i = 0; i < stories.size(); i++) {
            out.open("li").element("a", headline(stories.get(i)), "href", "#s" + (i + 1)).close("li").newline();
        }
        out.close("ol").close("nav").newline();
    }

    private static void story(Brief brief, String prefix, HtmlBuilder out) {
        HtmlStory story = new HtmlStory(brief, prefix);
        int sources = brief.articles().size();
        out.open("article", "class", "story", "id", prefix).newline();
        out.open("header").element("h1", headline(brief))
                .element("p", sources + (sources == 1 ? " source" : " sources") + " · story " + brief.id()
                        + " · select a marker such as [1] to see what the source says", "class", "meta")
                .close("header").newline();
        for (HtmlSection section : SECTIONS) {
            section.write(story, out);
        }
        story.passages().write(out);
        out.close("article").newline();
    }

    private static String headline(Brief brief) {
        return brief.headline().isBlank() ? brief.id() : brief.headline();
    }

    private static void problems(List<Problem> problems, HtmlBuilder out) {
        if (problems.isEmpty()) {
            return;
        }
        out.open("section", "class", "problems").element("h2", "Problems").open("ul").newline();
        for (Problem problem : problems) {
            out.open("li").element("code", problem.path()).text(" — " + problem.stage() + ": " + problem.reason())
                    .close("li").newline();
        }
        out.close("ul").close("section").newline();
    }

    private static String randomNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/storyline/render/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("</")) {
                throw new IllegalStateException("resource " + name + " must not contain '</'");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/storyline/render/" + name, e);
        }
    }
}
