package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML brief of a story with hostile article text in headless Chromium and checks that
 * nothing in it runs, while it is shown as text and the citation markers work. Uses Debian's
 * chromium ({@code /usr/bin/chromium}, or the path in system property {@code storyline.chromium});
 * without it the test is skipped, unless environment variable {@code STORYLINE_BROWSER_TESTS} is
 * {@code required} (as in CI), when it fails. The screenshot is saved as
 * {@code <build dir>/browser/html-brief.png}.
 */
class HtmlBriefBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("storyline.chromium", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @TempDir
    Path dir;

    @Test
    void hostileArticleTextIsShownAsTextAndNeverRuns() throws Exception {
        requireChromium();
        Path html = dir.resolve("brief.html");
        CommandRun run = CommandRun.execute(inputs -> HostileReport.report(),
                "brief", dir.toString(), "--format", "html", "--output", html.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1000, 1200));
            List<String> errors = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            page.onPageError(error -> errors.add("page error: " + error));
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add("console error: " + message.text());
                }
            });
            page.onRequest(request -> {
                if (!request.url().equals(html.toUri().toString())) {
                    requests.add(request.url());
                }
            });
            page.navigate(html.toUri().toString());

            assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
            assertThat(page.locator("script").count()).isEqualTo(1);
            assertThat(page.locator("img, iframe, a[href^='javascript']").count()).isZero();
            assertThat(page.evaluate("() => document.documentElement.classList.contains('js')"))
                    .as("the page's own script runs under its nonce").isEqualTo(true);
            String text = page.locator("body").innerText();
            assertThat(text).contains("Council approves bridge " + HostileReport.SCRIPT,
                    "The council approved a bridge " + HostileReport.IMG, "12 million euros " + HostileReport.LINK,
                    "The mayor " + HostileReport.IMG, "javascript:window.__pwned=4");

            Locator marker = page.locator("section.summary a.cite").first();
            Locator passage = page.locator("#" + marker.getAttribute("data-passage"));
            assertThat(passage.isVisible()).isFalse();
            marker.click();
            assertThat(passage.isVisible()).isTrue();
            assertThat(passage.locator("mark").first().isVisible()).isTrue();
            assertThat(passage.locator("mark").first().innerText())
                    .isEqualTo("12 million euros " + HostileReport.SCRIPT);
            assertThat(passage.locator("p.excerpt").innerText())
                    .isEqualTo("The bridge will cost 12 million euros " + HostileReport.SCRIPT + ", the mayor said.");
            Path screenshot = Path.of(System.getProperty("storyline.buildDir", "target"), "browser", "html-brief.png");
            Files.createDirectories(screenshot.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
            page.keyboard().press("Escape");
            assertThat(passage.isVisible()).isFalse();

            assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
            assertThat(errors).isEmpty();
            assertThat(requests).isEmpty();
        }
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String why = "no Chromium at " + CHROMIUM + " (apt-get install chromium, or set -Dstoryline.chromium=PATH)";
        if ("required".equals(System.getenv("STORYLINE_BROWSER_TESTS"))) {
            fail("STORYLINE_BROWSER_TESTS=required but " + why);
        }
        Assumptions.abort(why);
    }
}
