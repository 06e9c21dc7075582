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
        return browser.newContext(new NewContextOptions().setViewportSize(1366, 900).setLocale("vi-VN"));
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
}
