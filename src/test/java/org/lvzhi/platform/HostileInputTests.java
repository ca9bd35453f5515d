package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every POST handler of the application, found in the handler mapping (a new one is covered
 * without being listed), gets malformed, oversize, wrong-encoding and hostile input: script tags,
 * spreadsheet formulas, path traversal in file names, zip bombs, tampered versions and ids. Each
 * is posted first by everyone from the public to the administrator, then, with every other kind
 * of input, by the first of them the handler lets in. Nothing may answer with a server error or
 * take longer than {@link HostileForms#BUDGET_MILLIS}; afterwards no page shows a stored script
 * unescaped and every exported cell that a formula could hide in is marked as text.
 */
@IntegrationTest
class HostileInputTests {

	/** Handlers left out on purpose, each with the reason; a name no longer found fails the test. */
	static final Map<String, String> LEFT_OUT = Map.of(
			"POST /admin/search/rebuild",
			"rebuilds every index of the shared test context in the background; its parameter is one of a fixed list",
			"POST /duty/rebuild",
			"rebuilds every deputy's duty record on the request's thread, minutes on the demo world; it takes no input");

	/** Anonymous first, so that public forms are fuzzed as the public sends them. */
	static final List<String> WHO = List.of("", "gongzhong", "daibiao", "weimin", "zhujianju", "bangongting",
			"daibiao-gw", "xinfang", "admin");

	@Autowired
	MockMvc mvc;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;
	@Autowired
	UserDetailsService users;

	@Test
	void noPostHandlerAnswersHostileInputWithAServerErrorOrSlowlyAndNothingStoredRunsOrCalculates() throws Exception {
		Map<String, RequestPostProcessor> principals = new LinkedHashMap<>();
		for (String who : WHO) {
			principals.put(who.isEmpty() ? "anonymous" : who, who.isEmpty() ? r -> r : user(users.loadUserByUsername(who)));
		}
		HostileForms forms = new HostileForms();
		List<String> failures = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		int tried = 0;
		int serverErrors = 0;
		int slow = 0;
		long slowest = 0;
		List<Map.Entry<RequestMappingInfo, HandlerMethod>> handlers = posts();
		for (var handler : handlers) {
			String name = HostileForms.name(handler.getKey());
			seen.add(name);
			if (LEFT_OUT.containsKey(name)) {
				continue;
			}
			List<HostileForms.Input> inputs = forms.inputs(handler.getKey(), handler.getValue());
			List<String> allowed = new ArrayList<>();
			boolean tooSlow = false;
			for (var principal : principals.entrySet()) {
				Outcome o = post(inputs.get(0), principal.getValue());
				tried++;
				if (o.allowed()) {
					allowed.add(principal.getKey());
				}
				serverErrors += record(o, name, inputs.get(0), principal.getKey(), failures);
				slowest = Math.max(slowest, o.millis());
				slow += o.slow() ? 1 : 0;
				tooSlow |= o.slow();
			}
			if (tooSlow) {
				// Reported once; more inputs would only stretch the run.
				continue;
			}
			String first = allowed.isEmpty() ? "anonymous" : allowed.get(0);
			for (HostileForms.Input input : inputs.subList(1, inputs.size())) {
				Outcome o = post(input, principals.get(first));
				tried++;
				serverErrors += record(o, name, input, first, failures);
				slowest = Math.max(slowest, o.millis());
				slow += o.slow() ? 1 : 0;
			}
		}
		assertThat(seen).as("handlers left out that no longer exist").containsAll(LEFT_OUT.keySet());
		int pages = 0;
		for (String page : pagesToRead()) {
			for (String who : List.of("daibiao-gw", "admin", "")) {
				pages++;
				checkPage(page, who.isEmpty() ? r -> r : user(users.loadUserByUsername(who)), who, failures);
			}
		}
		System.out.printf("Hostile input: %d POST handlers (%d left out), %d requests, %d server errors, %d over %d ms "
				+ "(slowest %d ms); %d pages and exports read back%n", handlers.size(), LEFT_OUT.size(), tried,
				serverErrors, slow, HostileForms.BUDGET_MILLIS, slowest, pages);
		assertThat(failures).isEmpty();
	}

	private List<Map.Entry<RequestMappingInfo, HandlerMethod>> posts() {
		return mapping.getHandlerMethods().entrySet().stream()
			.filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST))
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(HostileForms::name)))
			.toList();
	}

	private List<String> pagesToRead() {
		return mapping.getHandlerMethods().keySet().stream()
			.filter(i -> i.getMethodsCondition().getMethods().isEmpty()
					|| i.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.flatMap(i -> i.getPatternValues().stream())
			.filter(p -> !p.contains("{") && !p.startsWith("/error") && !p.contains("api-docs") && !p.startsWith("/v3")
					&& !p.startsWith("/swagger") && !p.startsWith("/logout") && !p.endsWith(".docx")
					&& !p.endsWith(".json") && !p.endsWith(".ics") && !p.endsWith(".png") && !p.endsWith(".xml"))
			.distinct()
			.sorted()
			.toList();
	}

	record Outcome(int status, long millis, String location, Exception thrown) {

		boolean allowed() {
			return thrown == null && status != 401 && status != 403 && (location == null || !location.contains("/login"));
		}

		boolean serverError() {
			return thrown != null || status >= 500;
		}

		boolean slow() {
			return millis > HostileForms.BUDGET_MILLIS;
		}
	}

	private Outcome post(HostileForms.Input input, RequestPostProcessor who) {
		Outcome first = once(input, who);
		// A loaded machine may stall any one request; only a request slow twice is slow.
		return first.slow() && !first.serverError() ? once(input, who) : first;
	}

	private Outcome once(HostileForms.Input input, RequestPostProcessor who) {
		AbstractMockHttpServletRequestBuilder<?> built;
		if (input.files().isEmpty()) {
			built = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(input.path());
		}
		else {
			MockMultipartHttpServletRequestBuilder request = multipart(input.path());
			input.files().forEach(request::file);
			built = request;
		}
		input.parameters().forEach((k, v) -> built.param(k, v.toArray(String[]::new)));
		built.with(csrf()).with(who);
		long start = System.nanoTime();
		try {
			MockHttpServletResponse response = mvc.perform(built).andReturn().getResponse();
			return new Outcome(response.getStatus(), (System.nanoTime() - start) / 1_000_000,
					response.getRedirectedUrl(), null);
		}
		catch (Exception e) {
			return new Outcome(500, (System.nanoTime() - start) / 1_000_000, null, e);
		}
	}

	private static int record(Outcome o, String handler, HostileForms.Input input, String who, List<String> failures) {
		if (o.serverError()) {
			Throwable cause = o.thrown();
			while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			failures.add(handler + " [" + input.kind() + "] as " + who + ": " + o.status()
					+ (cause == null ? "" : " " + cause.getClass().getSimpleName() + ": " + abbreviate(cause.getMessage())));
			return 1;
		}
		if (o.slow()) {
			failures.add(handler + " [" + input.kind() + "] as " + who + ": " + o.millis() + " ms");
		}
		return 0;
	}

	private void checkPage(String page, RequestPostProcessor who, String name, List<String> failures) {
		try {
			MockHttpServletResponse response = mvc.perform(get(page).with(who)).andReturn().getResponse();
			String type = response.getContentType() == null ? "" : response.getContentType();
			if (response.getStatus() >= 500) {
				failures.add("GET " + page + " as " + name + ": " + response.getStatus());
			}
			else if (type.startsWith("text/html") && response.getContentAsString().contains(HostileForms.SCRIPT_OPEN)) {
				failures.add("GET " + page + " as " + name + ": shows a stored script unescaped");
			}
			else if (type.startsWith(Spreadsheet.CONTENT_TYPE)) {
				checkCells(page, response.getContentAsByteArray(), failures);
			}
		}
		catch (Exception e) {
			failures.add("GET " + page + " as " + name + ": " + e);
		}
	}

	private static void checkCells(String page, byte[] xlsx, List<String> failures) throws Exception {
		// The JDK's own XML limits (stricter since JDK 24) are for untrusted XML; this is our own
		// export, read back only to look at its cells.
		System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
		System.setProperty("jdk.xml.totalEntitySizeLimit", "0");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							failures.add(page + ": a formula cell " + cell.getAddress());
						}
						else if (cell.getCellType() == CellType.STRING
								&& Spreadsheet.looksLikeFormula(cell.getStringCellValue())
								&& !cell.getCellStyle().getQuotePrefixed()) {
							failures.add(page + ": cell " + cell.getAddress() + " not marked as text: "
									+ abbreviate(cell.getStringCellValue()));
						}
					}
				}
			}
		}
	}

	private static String abbreviate(String s) {
		return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
	}
}
