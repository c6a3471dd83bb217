package org.storyline.server;

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

/**
 * Walks the web pages in headless Chromium as a reader would: the list, a story, a citation, the
 * highlighted span in the article, a search, the hostile story and article (nothing in them runs), on a
 * desktop and a phone viewport. Uses Debian's chromium ({@code /usr/bin/chromium}, or system property
 * {@code storyline.chromium}); skipped without it unless {@code STORYLINE_BROWSER_TESTS=required}.
 * Screenshots go to {@code <build dir>/browser/server-*.png}.
 */
class WebPagesBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("storyline.chromium", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @Test
    void readerFollowsACitationToTheHighlightedSpanAndSearches() throws Exception {
        requireChromium();
        try (TestServer server = new TestServer(Fixtures.store());
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1100, 900));
            List<String> errors = watch(page, server.base());

            page.navigate(server.base() + "/");
            assertThat(page.locator("li.story h2 a").first().innerText()).isEqualTo("NATO pledges aid but no invitation for Ukraine");
            screenshot(page, "server-list.png");

            page.locator("li.story h2 a").first().click();
            page.waitForURL("**/stories/" + Fixtures.NATO);
            assertThat(page.locator("h1").innerText()).isEqualTo("NATO pledges aid but no invitation for Ukraine");
            screenshot(page, "server-story.png");

            page.locator("section.summary a.cite").first().click();
            page.waitForURL("**/articles/nrk?**");
            Locator mark = page.locator("mark#cited");
            assertThat(mark.innerText()).isEqualTo(Fixtures.NOT_READY);
            assertThat(mark.isVisible()).isTrue();
            assertThat((Boolean) page.evaluate("() => { const r = document.getElementById('cited').getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight; }")).as("scrolled into view").isTrue();
            screenshot(page, "server-article.png", false);

            page.locator("form.search input[name=q]").fill("invitation");
            page.locator("form.search button").click();
            page.waitForURL("**/search?q=invitation");
            assertThat(page.locator("li.hit").count()).isGreaterThan(1);
            screenshot(page, "server-search.png");

            Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844).setIsMobile(true));
            errors.addAll(watch(phone, server.base()));
            phone.navigate(server.base() + "/stories/" + Fixtures.NATO);
            assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on a phone").isTrue();
            screenshot(phone, "server-story-phone.png");

            assertThat(errors).isEmpty();
        }
    }

    @Test
    void hostileArticleRendersAsTextAndRunsNothing() throws Exception {
        requireChromium();
        try (TestServer server = new TestServer(Fixtures.store());
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1100, 900));
            List<String> errors = watch(page, server.base());

            page.navigate(server.base() + "/stories/" + Fixtures.HOSTILE);
            assertThat(page.locator("h1").innerText()).isEqualTo("Council approves bridge " + Fixtures.IMG);
            page.locator("section.summary a.cite").first().click();
            page.waitForURL("**/articles/" + Fixtures.EVIL + "?**");
            assertThat(page.locator("mark#cited").innerText())
                    .isEqualTo("The bridge will cost 12 million euros " + Fixtures.LINK);
            String text = page.locator("main").innerText();
            assertThat(text).contains("Council approves bridge " + Fixtures.SCRIPT, "The council approved a bridge "
                    + Fixtures.IMG, "javascript:window.__pwned=5");
            assertThat(page.locator("script, img, iframe, a[href^='javascript'], main b").count()).isZero();
            screenshot(page, "server-hostile-article.png");
            page.locator("mark#cited").click();
            assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
            assertThat(errors).isEmpty();
        }
    }

    /** Collects page errors, console errors and requests that leave the server. */
    private static List<String> watch(Page page, String base) {
        List<String> errors = new ArrayList<>();
        page.onPageError(error -> errors.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add("console error: " + message.text());
            }
        });
        page.onRequest(request -> {
            if (!request.url().startsWith(base + "/")) {
                errors.add("request outside the server: " + request.url());
            }
        });
        return errors;
    }

    private static void screenshot(Page page, String name) throws Exception {
        screenshot(page, name, true);
    }

    /** Saves a screenshot of the whole page, or of the viewport as the reader sees it. */
    private static void screenshot(Page page, String name, boolean fullPage) throws Exception {
        Path file = Path.of(System.getProperty("storyline.buildDir", "target"), "browser", name);
        Files.createDirectories(file.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
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
