package org.lvzhi.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver. Nothing is downloaded: when
 * the packages are missing the journey fails and says how to install them.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	final ChromeDriver driver;
	private final String base;
	private final Path profile;

	private Browser(String base, int width, int height) throws Exception {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(
					"Browser journeys need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver "
							+ "(bin/prepare-test-env does it)");
		}
		this.base = base;
		this.profile = Files.createTempDirectory("lvzhi-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	static Browser desktop(int port) throws Exception {
		return new Browser("http://localhost:" + port, 1280, 900);
	}

	static Browser phone(int port) throws Exception {
		return new Browser("http://localhost:" + port, 390, 844);
	}

	/** The narrowest phone the public pages must serve (360 px). */
	static Browser narrowPhone(int port) throws Exception {
		return new Browser("http://localhost:" + port, 360, 740);
	}

	void open(String path) {
		driver.get(base + path);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window: Chromedriver clicks the centre
	 * of an element it considers in view, and one cut by the window's lower edge is "in view" with its
	 * centre outside it (the click is then refused as intercepted).
	 */
	void click(String css) {
		WebElement element = find(css);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				element);
		element.click();
	}

	String text(String css) {
		return find(css).getText();
	}

	String title() {
		return driver.getTitle();
	}

	/**
	 * Waits until the page holding {@code element} has been replaced (after a form post). Chromedriver
	 * answers a question about a node of the old page either "stale" or, while the new page is being
	 * attached, "does not belong to the document": both mean the old page is gone.
	 */
	void waitForReplaced(WebElement element) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				if (isDetached(e)) {
					return true;
				}
				throw e;
			}
		});
	}

	void waitForText(String css, String expected) {
		waitForText(css, expected, Duration.ofSeconds(10));
	}

	/** Waits longer, e.g. while the browser works out a public form's proof of work on a busy machine. */
	void waitForText(String css, String expected, Duration patience) {
		// The element is looked up afresh on every try: while a posted form's answer replaces the page,
		// chromedriver may answer for a node of the old page (stale, or "does not belong to the document").
		new WebDriverWait(driver, patience).until(d -> {
			try {
				return d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(expected));
			}
			catch (StaleElementReferenceException e) {
				return false;
			}
			catch (WebDriverException e) {
				if (isDetached(e)) {
					return false;
				}
				throw e;
			}
		});
	}

	private static boolean isDetached(WebDriverException e) {
		return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
	}

	void waitForPresent(String css, Duration patience) {
		new WebDriverWait(driver, patience).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	void signIn(String username, String password) {
		open("/login");
		type("#username", username);
		type("#password", password);
		click("#login-submit");
		// The next step must not race the sign-in's redirect.
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Keeps a screenshot under target/ for a person to look at when a journey fails. */
	void screenshot(String name) {
		try {
			Path target = Path.of("target", "journeys", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (Exception ignored) {
			// a missing screenshot must not hide the journey's own failure
		}
	}

	@Override
	public void close() throws Exception {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
