package vn.congvan.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright for Java (no browser download; see ARCHITECTURE.md). */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    final Playwright playwright;
    final com.microsoft.playwright.Browser browser;

    /**
     * How long an assertion waits for the page (Playwright's default is 5 s). A server that shares two
     * cores with a build and a browser can take longer than that to answer a form post; a real failure
     * still fails, only later.
     */
    static final double WAIT_MS = Double.parseDouble(System.getProperty("it.browser.wait.ms", "20000"));

    static {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
    }

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    com.microsoft.playwright.BrowserContext newContext() {
        com.microsoft.playwright.BrowserContext ctx = browser.newContext(
                new NewContextOptions().setViewportSize(1366, 900).setLocale("vi-VN"));
        ctx.setDefaultTimeout(WAIT_MS * 1.5);
        ctx.setDefaultNavigationTimeout(WAIT_MS * 3);
        return ctx;
    }

    /** Opens {@code path}, which sends the browser to the login form, and logs in there. */
    static com.microsoft.playwright.Page login(com.microsoft.playwright.BrowserContext ctx, String path, String user,
                                               String password) {
        com.microsoft.playwright.Page page = ctx.newPage();
        page.navigate(Api.BASE + path);
        page.fill("#j_username", user);
        page.fill("#j_password", password);
        page.click("#login-submit");
        return page;
    }

    static Path screenshot(String name) {
        return Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu ({@code menu} is its CSS selector) by its label, and
     * checks the menu shows it. On a slow machine the panel may close before the click lands (an
     * animation, a message appearing under it): the choice is tried again, up to three times.
     */
    /**
     * Fills text fields of a dialog that has just opened and checks that each holds what was typed: a
     * dialog that moves the focus to its first field after it shows (PrimeFaces does, after its animation)
     * can take the keystrokes meant for another field — then the fields are filled again. Fails if they
     * never hold the values.
     */
    static void fillAll(com.microsoft.playwright.Page page, String... selectorsAndValues) {
        for (int attempt = 1; ; attempt++) {
            for (int i = 0; i < selectorsAndValues.length; i += 2) {
                page.fill(selectorsAndValues[i], selectorsAndValues[i + 1]);
            }
            page.waitForTimeout(300);
            boolean all = true;
            for (int i = 0; i < selectorsAndValues.length; i += 2) {
                all &= selectorsAndValues[i + 1].equals(page.inputValue(selectorsAndValues[i]));
            }
            if (all || attempt == 4) {
                for (int i = 0; i < selectorsAndValues.length; i += 2) {
                    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(selectorsAndValues[i]))
                            .hasValue(selectorsAndValues[i + 1]);
                }
                return;
            }
        }
    }

    /**
     * Types a date into a date picker's input and closes its calendar (Escape), until the input holds it: when the
     * calendar closes it gives the focus back to its input a moment later, and a field filled right after could have
     * its text typed into the date instead (seen once in CI: "05/01/2026Làm bù thử"). Fill the other fields first.
     */
    static void fillDate(com.microsoft.playwright.Page page, String selector, String value) {
        for (int attempt = 1; attempt <= 4; attempt++) {
            page.fill(selector, value);
            page.keyboard().press("Escape");
            page.waitForTimeout(300);
            if (value.equals(page.inputValue(selector))) {
                return;
            }
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(selector)).hasValue(value);
    }

    static void choose(com.microsoft.playwright.Page page, String menu, String label) {
        com.microsoft.playwright.Locator item = page.locator(menu + "_items li",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText(label)).first();
        for (int attempt = 1; ; attempt++) {
            try {
                if (!item.isVisible()) {
                    page.click(menu);
                }
                item.click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(WAIT_MS / 2));
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(menu + "_label"))
                        .containsText(label, new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(WAIT_MS / 2));
                com.microsoft.playwright.Locator panel = page.locator(menu + "_panel");
                if (panel.isVisible()) {
                    page.waitForTimeout(1000);
                }
                if (panel.isVisible()) {
                    // chosen, but the panel stayed open (the click landed during its opening animation):
                    // the menu's own trigger closes it, keeping the choice
                    page.click(menu + " .ui-selectonemenu-trigger");
                }
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(panel).isHidden(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(WAIT_MS / 2));
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(menu + "_label"))
                        .containsText(label);
                return;
            } catch (com.microsoft.playwright.PlaywrightException | AssertionError e) {
                if (attempt == 3) {
                    throw e;
                }
                page.keyboard().press("Escape");
            }
        }
    }
}
