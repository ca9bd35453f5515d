package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix: every handler the application maps (read from the handler mapping, so
 * a new endpoint without a row fails the test) is requested by every kind of user, and the answer
 * must be the one declared in {@link #MATRIX}. Path variables are filled with real ids of the demo
 * world ({@link #ids}); POSTs carry the plausible form the fuzzing test derives from the handler,
 * and each request runs in a transaction that is rolled back, so that nothing the allowed users do
 * changes the shared demo world. Rows below the mapped endpoints check single records: another
 * unit's suggestion, another deputy's record and person page, another petitioner's tracking code.
 *
 * <p>Answers: {@code ok} let in (2xx, or a redirect that is not to the sign-in page), {@code login}
 * sent to sign in, {@code 403} refused, {@code 404} not found for this user, {@code 400} refused as
 * malformed before any rule was checked; {@code -} not requested (listed with the reason in
 * {@link #NOT_PERFORMED}). A server error never matches.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/** Who asks, in the order of the table's columns. */
	static final List<String> ROLES = List.of("anon", "public", "deputy", "member", "unit", "dgw", "bgt", "fgw", "pet",
			"res", "admin");

	/** The demo account behind each column; {@code res} is an account of the research office made here. */
	static final Map<String, String> ACCOUNTS = Map.ofEntries(Map.entry("public", "gongzhong"),
			Map.entry("deputy", "daibiao"), Map.entry("member", "weimin"), Map.entry("unit", "zhujianju"),
			Map.entry("dgw", "daibiao-gw"), Map.entry("bgt", "bangongting"), Map.entry("fgw", "fagongwei"),
			Map.entry("pet", "xinfang"), Map.entry("res", "matrix-research"), Map.entry("admin", "admin"));

	/** Requests whose allowed users are not sent them, with the reason; the refused ones are. */
	static final Map<String, String> NOT_PERFORMED = Map.of(
			"POST /admin/search/rebuild", "rebuilds every search index in the background, outside the rolled-back transaction",
			"POST /duty/rebuild", "rebuilds every deputy's duty record, minutes on the demo world",
			"POST /logout", "signs out",
			"GET /error", "the container's error page, rendered after an error (called directly it has none to show)");

	// Two text blocks: one constant may not exceed 65,535 bytes of the class file.
	static final String MATRIX = String.join("", AuthorizationMatrixTests.MATRIX_FIRST_HALF,
			AuthorizationMatrixTests.MATRIX_SECOND_HALF);

	private static final String MATRIX_FIRST_HALF = """
			# endpoint | anonymous, registered public, deputy (daibiao), committee member (weimin), handling unit
			# (zhujianju), staff of 代表工委 (dgw), 办公厅 (bgt), 法工委 (fgw), 信访局 (pet), 研究室 (res), administrator
			# /
			GET / | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /account
			GET /account | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /account/password | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /account/second-factor | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /account/second-factor/codes | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /account/password | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /account/second-factor | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /account/second-factor/recovery-codes | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /admin
			GET /admin/accounts | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /admin/audit | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /admin/audit/chain | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /admin/audit/export.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /admin/calendar | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /admin/notifications | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /admin/search | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/accounts | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/accounts/{id}/email | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/accounts/{id}/enabled | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/accounts/{id}/password | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/accounts/{id}/second-factor/reset | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/accounts/{id}/unlock | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/calendar | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/notifications/{id}/retry | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /admin/search/rebuild | anon:- public:- deputy:- member:- unit:- dgw:- bgt:- fgw:- pet:- res:- admin:-
			# /api
			GET /api/v1/annual-reports | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/annual-reports.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/appointments | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/appointments.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/bills | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/bills.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/catalogue | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/search | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/comment-decisions | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/comment-decisions.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/communiques | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/communiques.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/drafts | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/drafts.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/figures/{key:[A-Za-z_][A-Za-z0-9_.-]*} | anon:400 public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /api/v1/figures/{year:\\d{4}} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/figures/{year:\\d{4}}.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/filing-reviews | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/filing-reviews.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/laws | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/laws.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/oversight-topics | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/oversight-topics.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/popolo | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/questionnaire-results | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/questionnaire-results.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/sittings | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/sittings.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/suggestions | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/suggestions.csv | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/directory/popolo | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /api/v1/figures | anon:400 public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /api/v1/suggestions/search | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /api-docs.html
			GET /api-docs.html | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /appointments
			GET /appointments/motions/{id:\\d+}/papers/{file:\\d+} | anon:login public:403 deputy:404 member:404 unit:403 dgw:404 bgt:404 fgw:403 pet:403 res:403 admin:404
			GET /appointments/nominations/{id:\\d+}/letter.pdf | anon:login public:403 deputy:403 member:403 unit:403 dgw:404 bgt:404 fgw:403 pet:403 res:403 admin:404
			POST /appointments/motions/{id:\\d+}/papers | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /appointments | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /appointments/motions/{id:\\d+} | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /appointments/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /appointments/nominations/{id:\\d+} | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /appointments/nominations/{id:\\d+}/letter.docx | anon:login public:403 deputy:403 member:403 unit:403 dgw:404 bgt:404 fgw:403 pet:403 res:403 admin:404
			GET /appointments/statistics | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			POST /appointments/motions/{id:\\d+}/accept | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments/motions/{id:\\d+}/publish | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments/motions/{id:\\d+}/review | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments/motions/{id:\\d+}/schedule | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments/nominations/{id:\\d+}/letter | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments/nominations/{id:\\d+}/oath | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /appointments/nominations/{id:\\d+}/statement | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			# /bills
			GET /bills | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /bills/handed | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /bills/mine | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /bills/new | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /bills/{id:\\d+} | anon:login public:404 deputy:404 member:404 unit:404 dgw:ok bgt:ok fgw:404 pet:404 res:404 admin:ok
			POST /bills/new | anon:login public:403 deputy:422 member:422 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /bills/{id}/committee-report | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /bills/{id}/complete | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /bills/{id}/convert | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /bills/{id}/file | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /bills/{id}/list | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /bills/{id}/organ-report | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /bills/{id}/refer | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /bills/{id}/settle | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /bills/{id}/sign | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /bills/{id}/withdraw | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			# /calendar
			GET /calendar | anon:login public:403 deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /calendar.ics | anon:login public:403 deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /directory
			GET /directory/import | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /directory/import/template.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /directory/organizations | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/organizations/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /directory/organizations/{id} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/organizations/{id}/edit | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /directory/persons | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/persons/export.xlsx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/persons/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /directory/persons/{id} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/persons/{id} [another deputy] | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/persons/{id} [the deputy's own] | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /directory/persons/{id}/edit | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /directory/import | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:422 fgw:403 pet:403 res:403 admin:422
			POST /directory/organizations | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:422 fgw:403 pet:403 res:403 admin:422
			POST /directory/organizations/{id} | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:422 fgw:403 pet:403 res:403 admin:422
			POST /directory/persons | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:422 fgw:403 pet:403 res:403 admin:422
			POST /directory/persons/{id} | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:403 pet:403 res:403 admin:409
			POST /directory/persons/{id}/memberships | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:422 fgw:403 pet:403 res:403 admin:422
			POST /directory/persons/{id}/memberships/{membershipId}/end | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:403 pet:403 res:403 admin:409
			# /duty
			GET /duty | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/deputies/{id} | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/deputies/{id} [another deputy's] | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/deputies/{id} [the deputy's own] | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/deputies/{id}/report.docx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/export.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/mine | anon:login public:403 deputy:ok member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /duty/mine/report.docx | anon:login public:403 deputy:ok member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /duty/ranking | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/ranking/export.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /duty/weights | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /duty/rebuild | anon:- public:- deputy:- member:- unit:- dgw:- bgt:- fgw:- pet:- res:- admin:-
			POST /duty/weights | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:403 fgw:403 pet:403 res:403 admin:422
			# /error
			GET /error | anon:- public:- deputy:- member:- unit:- dgw:- bgt:- fgw:- pet:- res:- admin:-
			# /inbox
			GET /inbox | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /inbox/settings | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /inbox/unread-count | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /inbox/{id} | anon:login public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			POST /inbox/read | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /inbox/settings | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /inbox/{id}/read | anon:login public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			# /legislation
			GET /legislation/comments/search | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/inputs | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:ok pet:403 res:403 admin:ok
			GET /legislation/inputs/{id:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:404 pet:403 res:403 admin:404
			POST /legislation/inputs/{id:\\d+}/take | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:404 pet:403 res:403 admin:404
			POST /legislation/inputs/{id:\\d+}/answer | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:404 pet:403 res:403 admin:404
			GET /legislation/comments/{id:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/search | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+}/comment-groups | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/drafts/{id:\\d+}/comment-groups/decide | anon:login public:403 deputy:403 member:403 unit:403 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:403
			GET /legislation/drafts/{id:\\d+}.docx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+}.xml | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+}/adoption.docx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+}/comments | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+}/comments.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/drafts/{id:\\d+}/related | anon:login public:403 deputy:403 member:400 unit:403 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:403
			GET /legislation/library/import | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:ok pet:403 res:403 admin:ok
			GET /legislation/network | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/plan | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/plan.docx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/projects | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/projects/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/projects/{id:\\d+}/compare | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /legislation/projects/{id:\\d+}/compare.docx | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /legislation/requests | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			GET /legislation/requests/{id:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/comments/{id:\\d+}/carry | anon:login public:403 deputy:403 member:403 unit:403 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:403
			POST /legislation/comments/{id:\\d+}/decide | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:409 pet:409 res:409 admin:403
			POST /legislation/comments/{id:\\d+}/decide-for | anon:login public:403 deputy:403 member:403 unit:403 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:403
			POST /legislation/comments/{id:\\d+}/hide | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:409 pet:409 res:409 admin:403
			POST /legislation/comments/{id:\\d+}/show | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:409 pet:409 res:409 admin:403
			POST /legislation/drafts/{id:\\d+}/carry-all | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/drafts/{id:\\d+}/comments | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/drafts/{id:\\d+}/requests | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/drafts/{id:\\d+}/window | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/library/import | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:ok pet:403 res:403 admin:ok
			POST /legislation/library/import/folder | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /legislation/network/activities | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:422 fgw:422 pet:422 res:422 admin:403
			POST /legislation/network/points | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/network/pool | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/network/pool/{id:\\d+}/assessment | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:409 pet:409 res:409 admin:403
			POST /legislation/network/pool/{id:\\d+}/status | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:409 pet:409 res:409 admin:403
			POST /legislation/plan/adopt | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/plan/items | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/plan/items/{id:\\d+}/link | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/plan/items/{id:\\d+}/project | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/projects | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/projects/{id:\\d+}/drafts | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			POST /legislation/projects/{id:\\d+}/move | anon:login public:403 deputy:403 member:403 unit:403 dgw:409 bgt:409 fgw:409 pet:409 res:409 admin:403
			POST /legislation/projects/{id:\\d+}/vote | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:409 pet:403 res:403 admin:409
			POST /legislation/requests/{id:\\d+}/answers | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:403
			# /liaison
			GET /liaison/opinions/from-petition/{petition:\\d+} | anon:login public:403 deputy:404 member:403 unit:403 dgw:404 bgt:403 fgw:403 pet:404 res:403 admin:404
			GET /liaison/dashboard | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/deputies/{person:\\d+}/qr.png | anon:login public:403 deputy:404 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/models | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/opinions | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/opinions/export.xlsx | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/opinions/{id:\\d+} | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/pick/{kind:person|station} | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /liaison/pick/{kind:person|station}/choose | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /liaison/receptions | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/receptions/export.xlsx | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/receptions/new | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /liaison/receptions/{id:\\d+} | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/stations | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/stations/export.xlsx | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/stations/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/stations/{id:\\d+} | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /liaison/stations/{id:\\d+}/qr.png | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/models/apply | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/models/visits | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/models/{id:\\d+}/decline | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/models/{id:\\d+}/designate | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/models/{id:\\d+}/score | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/models/{id:\\d+}/withdraw | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/answer | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/answer-on-spot | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/chase | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/close | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/feedback | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/forward | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/legislative | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/redirect | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/reopen | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/opinions/{id:\\d+}/suggestion | anon:login public:403 deputy:ok member:403 unit:403 dgw:404 bgt:403 fgw:403 pet:403 res:403 admin:404
			POST /liaison/opinions/{id:\\d+}/tell | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/receptions | anon:login public:403 deputy:404 member:403 unit:403 dgw:404 bgt:403 fgw:403 pet:403 res:403 admin:404
			POST /liaison/receptions/{id:\\d+}/opinions | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/receptions/{id:\\d+}/record | anon:login public:403 deputy:ok member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/stations | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/stations/{id:\\d+}/deputies | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /liaison/stations/{id:\\d+}/edit | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			# /login
			GET /login | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /login/code | anon:login public:login deputy:login member:login unit:login dgw:login bgt:login fgw:login pet:login res:login admin:login
			POST /login/code | anon:login public:login deputy:login member:login unit:login dgw:login bgt:login fgw:login pet:login res:login admin:login
			# /meetings
			GET /meetings/{id:\\d+}/agenda/{item:\\d+}/materials/{file:\\d+} | anon:login public:403 deputy:404 member:404 unit:403 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			POST /meetings/{id:\\d+}/agenda/{item:\\d+}/materials | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /meetings/pick/{kind:person} | anon:login public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /meetings/pick/{kind:person}/choose | anon:login public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /meetings/{id:\\d+}/listeners | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id:\\d+}/agenda/{item:\\d+}/adopted-text | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id:\\d+}/communique | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id:\\d+}/communique/publish | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id:\\d+}/listeners/{listener}/came | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/attendees | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/attendees/{attendee}/remove | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /meetings | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /meetings/items/{item:\\d+}/votes | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /meetings/items/{item:\\d+}/votes/result.docx | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /meetings/party-reports | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /meetings/plan | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /meetings/{id:\\d+} | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /meetings/{id:\\d+}/agenda.docx | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /meetings/{id:\\d+}/attendance.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /meetings/{id:\\d+}/notice.docx | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /meetings | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/items/{item}/votes | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/items/{item}/votes/{vote}/annul | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/items/{item}/votes/{vote}/cast | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /meetings/items/{item}/votes/{vote}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/party-reports | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/party-reports/{id}/reply | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/agenda/due | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/agenda/free | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/agenda/{item}/decision | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/agenda/{item}/move | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/agenda/{item}/remove | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/attendance | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/leave | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /meetings/{id}/notify | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/open | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /meetings/{id}/reschedule | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
""";

	private static final String MATRIX_SECOND_HALF = """
			# /oversight
			GET /oversight/commitments | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /oversight/dashboard | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/evaluation-results | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /oversight/evaluations | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/evaluations/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/evaluations/{id:\\d+}/codes.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /oversight/evaluations/{id:\\d+}/results.xlsx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/filings | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/filings/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inquiries | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inquiries/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/dashboard | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/problems | anon:login public:403 deputy:403 member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/problems/export.xlsx | anon:login public:403 deputy:403 member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/problems/photos/{photoId:\\d+} | anon:login public:403 deputy:403 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /oversight/inspections/problems/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/{id:\\d+}/report.docx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/inspections/{id:\\d+}/sites/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/interpellations | anon:login public:403 deputy:403 member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/interpellations/{id:\\d+} | anon:login public:403 deputy:403 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /oversight/pick/{kind:person|body} | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /oversight/pick/{kind:person|body}/choose | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /oversight/plan | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/plan/{year:\\d{4}}/plan.docx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/reports | anon:login public:403 deputy:403 member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/reports/export.xlsx | anon:login public:403 deputy:403 member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/reports/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:404 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/reports/{id:\\d+}/opinions.docx | anon:login public:403 deputy:403 member:ok unit:404 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/topics | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/topics/export.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/visits | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/visits/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /oversight/visits/{id:\\d+} | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/evaluation-results/tasks/{task} | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /oversight/evaluations | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/evaluations/{id}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /oversight/evaluations/{id}/departments | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /oversight/evaluations/{id}/publish | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /oversight/evaluations/{id}/raters | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /oversight/evaluations/{id}/tasks | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /oversight/filings | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/filings/requests/{code} | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/filings/{id}/answer | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/filings/{id}/check | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/filings/{id}/conclude | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/filings/{id}/opinion | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inquiries | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inquiries/{id}/commitments | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inquiries/{id}/commitments/{commitment}/done | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inquiries/{id}/participants | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inquiries/{id}/questions | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inquiries/{id}/schedule | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/assign | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/escalate | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/photos | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/reinspect | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/reject | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/problems/{id:\\d+}/report | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /oversight/inspections/{id:\\d+}/areas | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/{id:\\d+}/finish | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/{id:\\d+}/sites | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/inspections/{id:\\d+}/team | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/interpellations/{id:\\d+}/answer | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/interpellations/{id:\\d+}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/adopt | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/amend | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/items | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/items/{item}/link | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/items/{item}/remove | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/items/{item}/replace | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/plan/{year}/publish | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/deliberate | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/handling | anon:login public:403 deputy:403 member:403 unit:404 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/receive | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/schedule | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/send-opinions | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/survey | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/vote | anon:login public:403 deputy:403 member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /oversight/reports/{id}/vote/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/reports/{id}/vote/open | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/topics/gather | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/topics/petitions | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/topics/{id}/adopt | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/topics/{id}/decline | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/topics/{id}/merge | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/visits | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/visits/{id:\\d+}/problems | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /oversight/visits/{id:\\d+}/problems/{problemId:\\d+}/resolve | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /participation
			GET /participation/questionnaires | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /participation/questionnaires/{id:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /participation/questionnaires/{id:\\d+}/answers.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /participation/questionnaires/{id:\\d+}/codes.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /participation/questionnaires/{id:\\d+}/preview | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /participation/questionnaires/{id:\\d+}/qr.png | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /participation/questionnaires/{id:\\d+}/results | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /participation/questionnaires/{id:\\d+}/results.docx | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /participation/questionnaires | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/questions/{question:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/questions/{question:\\d+}/move | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/questions/{question:\\d+}/remove | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/codes | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/describe | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/publish | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/questions | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/results-public | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /participation/questionnaires/{id:\\d+}/version | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			# /petitions
			GET /petitions/{id:\\d+}/attachments/{file:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:404 res:403 admin:403
			POST /petitions/{id:\\d+}/liaison | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions/statistics | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions/export.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions/{id:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions/{id:\\d+}/letter.docx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			GET /petitions/{id} [a petition with its petitioner] | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/new | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/new/similar | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/extend | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/petitioner | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/reply | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/report-back | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/review | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/review-request | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/route | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			POST /petitions/{id:\\d+}/supervise | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:403 fgw:403 pet:ok res:403 admin:403
			# /public
			GET /public/reports | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/reports/years | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/reports/{year:\\d{4}} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/reports/{year:\\d{4}}/report.docx | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/reports/{year:\\d{4}}/report.pdf | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/appointments | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/appointments/holders | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/appointments/{day:\\d{4}-\\d{2}-\\d{2}} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/meetings/communiques | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/meetings/{id:\\d+}/listeners/done | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/meetings/{id:\\d+}/listeners | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/follow | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/mine | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/questionnaires | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/questionnaires/done | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/questionnaires/receipt | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/questionnaires/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/questionnaires/{id:\\d+}/results | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/questionnaires/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/bills | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/bills/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/drafts | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/drafts/{id:\\d+} | anon:404 public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /public/drafts/{id:\\d+}/feedback | anon:404 public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /public/duty | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/duty/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/evaluation/{code} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /public/filing-review | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/filing-review [another petitioner's code] | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/laws | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/laws/search | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/laws/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/laws/{id:\\d+}.docx | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/laws/{id:\\d+}.xml | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/intake/{code} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/intake/{code}/done | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/receptions | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/stations | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/stations/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/track | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/liaison/track [another constituent's code] | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/meetings | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/meetings/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/oversight-plan | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/oversight-plan/{year:\\d{4}} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/oversight-plan/{year:\\d{4}}/plan.docx | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/oversight-topics | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/petitions/done | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/petitions/new | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/petitions/track | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/plan | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/plan.docx | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/suggestions | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/suggestions/{id:\\d+} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/drafts/{id:\\d+}/comments | anon:404 public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			POST /public/evaluation/{code} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /public/filing-review | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/liaison/intake/{code} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/liaison/track/feedback | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/oversight-topics | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /public/petitions/new | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /register
			GET /register | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /register/done | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			POST /register | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /search
			GET /search/hint | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /search | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /public/search | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /search/similar | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			# /setup
			GET /setup | anon:404 public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			POST /setup | anon:404 public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			# /site-notices
			GET /site-notices | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /reports
			GET /reports | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /reports/template | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /reports/{year:\\d{4}} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /reports/{year:\\d{4}}/compare | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /reports/{year:\\d{4}}/report.docx | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /reports/{year:\\d{4}}/report.pdf | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			GET /reports/{year:\\d{4}}/revisions/{number:\\d+} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /reports | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /reports/template | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /reports/{year:\\d{4}} | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /reports/{year:\\d{4}}/freeze | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /reports/{year:\\d{4}}/publish | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			POST /reports/{year:\\d{4}}/reopen | anon:login public:403 deputy:403 member:403 unit:403 dgw:403 bgt:ok fgw:403 pet:403 res:403 admin:ok
			# /statistics
			GET /statistics | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /statistics/{key} | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			# /suggestions
			GET /suggestions | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/export.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/import | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/import/template.xlsx | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/meeting | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/mine | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /suggestions/mine/export.xlsx | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /suggestions/new | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /suggestions/pick/{kind:unit|committee|deputy|person} | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /suggestions/pick/{kind:unit|committee|deputy|person}/choose | anon:login public:400 deputy:400 member:400 unit:400 dgw:400 bgt:400 fgw:400 pet:400 res:400 admin:400
			GET /suggestions/search | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /suggestions/similar | anon:login public:403 deputy:ok member:ok unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/statistics | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /suggestions/statistics/list | anon:login public:403 deputy:403 member:ok unit:403 dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /suggestions/workbench | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /suggestions/workbench/export.xlsx | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /suggestions/{id:\\d+} | anon:login public:404 deputy:ok member:404 unit:404 dgw:ok bgt:404 fgw:404 pet:404 res:404 admin:ok
			GET /suggestions/{id:\\d+}/dossier.docx | anon:login public:404 deputy:ok member:404 unit:404 dgw:ok bgt:404 fgw:404 pet:404 res:404 admin:ok
			GET /suggestions/{id:\\d+}/files/{fileId} | anon:login public:404 deputy:404 member:404 unit:404 dgw:404 bgt:404 fgw:404 pet:404 res:404 admin:404
			GET /suggestions/{id:\\d+}/hint | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/{id:\\d+}/similar | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			GET /suggestions/{id} [another deputy's] | anon:login public:404 deputy:404 member:404 unit:404 dgw:ok bgt:404 fgw:404 pet:404 res:404 admin:ok
			GET /suggestions/{id} [another unit's] | anon:login public:404 deputy:ok member:404 unit:404 dgw:ok bgt:404 fgw:404 pet:404 res:404 admin:ok
			GET /suggestions/{id} [assigned to the unit] | anon:login public:404 deputy:404 member:404 unit:ok dgw:ok bgt:404 fgw:404 pet:404 res:404 admin:ok
			GET /suggestions/{id} [the deputy's own] | anon:login public:404 deputy:ok member:404 unit:404 dgw:ok bgt:404 fgw:404 pet:404 res:404 admin:ok
			GET /suggestions/{id}/edit | anon:login public:403 deputy:ok member:404 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/import | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:403 fgw:403 pet:403 res:403 admin:422
			POST /suggestions/meeting | anon:login public:403 deputy:403 member:403 unit:403 dgw:422 bgt:403 fgw:403 pet:403 res:403 admin:422
			POST /suggestions/new | anon:login public:403 deputy:422 member:422 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/similar | anon:login public:403 deputy:404 member:404 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id:\\d+}/accept | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/assign | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/close | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/extension-decision | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/implemented | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/key | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/merge | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/reject | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/reopen | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/return-decision | anon:login public:403 deputy:403 member:403 unit:403 dgw:ok bgt:403 fgw:403 pet:403 res:403 admin:ok
			POST /suggestions/{id:\\d+}/unit/answer | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id:\\d+}/unit/contact | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id:\\d+}/unit/extension | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id:\\d+}/unit/progress | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id:\\d+}/unit/return | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id:\\d+}/unit/view | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id}/co-signer-view | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id}/edit | anon:login public:403 deputy:ok member:404 unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id}/rate | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id}/submit | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /suggestions/{id}/withdraw | anon:login public:403 deputy:ok member:ok unit:403 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			# /unit
			GET /unit/petitions/{id:\\d+}/attachments/{file:\\d+} | anon:login public:403 deputy:403 member:403 unit:404 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /unit/petitions | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /unit/petitions/{id:\\d+} | anon:login public:403 deputy:403 member:403 unit:404 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /unit/petitions/{id} [routed elsewhere or not at all] | anon:login public:403 deputy:403 member:403 unit:404 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			GET /unit/petitions/{id} [routed to the unit] | anon:login public:403 deputy:403 member:403 unit:ok dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			POST /unit/petitions/{id:\\d+}/report-back | anon:login public:403 deputy:403 member:403 unit:404 dgw:403 bgt:403 fgw:403 pet:403 res:403 admin:403
			# /v3
			GET /v3/api-docs | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /v3/api-docs.yaml | anon:login public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
			GET /v3/api-docs/swagger-config | anon:ok public:ok deputy:ok member:ok unit:ok dgw:ok bgt:ok fgw:ok pet:ok res:ok admin:ok
""";

	@Autowired
	MockMvc mvc;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;
	@Autowired
	UserDetailsService users;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyMappedEndpointAnswersEveryKindOfUserAsDeclared() throws Exception {
		if (!accounts.exists("matrix-research")) {
			accounts.open(new NewAccount("matrix-research", "Yanjiushi-pass-Q7w", "研究室 矩阵测试", Role.STAFF, "RESEARCH",
					null, null));
		}
		Map<String, RequestPostProcessor> who = new LinkedHashMap<>();
		for (String role : ROLES) {
			who.put(role, role.equals("anon") ? r -> r : user(users.loadUserByUsername(ACCOUNTS.get(role))));
		}
		Map<String, Map<String, String>> declared = parse(MATRIX);
		Map<String, Row> rows = rows();
		List<String> failures = new ArrayList<>();
		Map<String, String> observed = new TreeMap<>();
		for (Row row : rows.values()) {
			Map<String, String> expected = declared.get(row.name());
			StringBuilder line = new StringBuilder();
			for (String role : ROLES) {
				String want = expected == null ? null : expected.get(role);
				String got;
				if (NOT_PERFORMED.containsKey(row.name()) && !"login".equals(want) && !"403".equals(want)) {
					got = "-";
				}
				else {
					got = answer(row, who.get(role));
				}
				line.append(' ').append(role).append(':').append(got);
				if (expected != null && !got.equals(want)) {
					failures.add(row.name() + " as " + role + ": expected " + want + ", got " + got);
				}
			}
			observed.put(row.name(), line.toString());
			if (expected == null) {
				failures.add("no row in the matrix for " + row.name());
			}
		}
		for (String name : declared.keySet()) {
			if (!rows.containsKey(name)) {
				failures.add("a row of the matrix names no mapped endpoint or object check: " + name);
			}
		}
		if (Boolean.getBoolean("lvzhi.matrix.print") || !failures.isEmpty()) {
			StringBuilder table = new StringBuilder();
			observed.forEach((name, line) -> table.append("\t\t\t").append(name).append(" |").append(line).append('\n'));
			System.out.println("Observed authorization matrix:\n" + table);
		}
		System.out.printf("Authorization matrix: %d endpoints and object checks x %d kinds of user = %d answers%n",
				rows.size(), ROLES.size(), rows.size() * ROLES.size());
		assertThat(failures).isEmpty();
	}

	/** What one user gets for one request, in a transaction rolled back afterwards. */
	private String answer(Row row, RequestPostProcessor who) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		return tx.execute(status -> {
			status.setRollbackOnly();
			try {
				AbstractMockHttpServletRequestBuilder<?> request;
				if (!row.files().isEmpty()) {
					MockMultipartHttpServletRequestBuilder multipart = multipart(row.path());
					row.files().forEach(multipart::file);
					request = multipart;
				}
				else {
					request = request(row.method(), row.path());
				}
				var built = request;
				row.parameters().forEach((k, v) -> built.param(k, v.toArray(String[]::new)));
				built.with(csrf()).with(who);
				MockHttpServletResponse response = mvc.perform(built).andReturn().getResponse();
				return classify(response);
			}
			catch (Exception e) {
				return "error:" + e.getClass().getSimpleName();
			}
		});
	}

	static String classify(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status == 401 || (status / 100 == 3 && location != null && location.contains("/login"))) {
			return "login";
		}
		if (status / 100 == 2 || status / 100 == 3) {
			return "ok";
		}
		return String.valueOf(status);
	}

	/** One request of the matrix: a mapped endpoint with real ids, or an object-level check. */
	record Row(String name, HttpMethod method, String path, Map<String, List<String>> parameters,
			List<org.springframework.mock.web.MockMultipartFile> files) {
	}

	private Map<String, Row> rows() {
		HostileForms forms = new HostileForms();
		Map<String, Row> rows = new TreeMap<>();
		for (var e : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			HandlerMethod handler = e.getValue();
			var methods = info.getMethodsCondition().getMethods();
			RequestMethod method = methods.isEmpty() ? RequestMethod.GET
					: methods.contains(RequestMethod.GET) ? RequestMethod.GET : methods.iterator().next();
			for (String pattern : new TreeSet<>(info.getPatternValues())) {
				String name = method + " " + pattern;
				Map<String, List<String>> parameters = Map.of();
				List<org.springframework.mock.web.MockMultipartFile> files = List.of();
				if (method != RequestMethod.GET) {
					HostileForms.Input plausible = forms.inputs(info, handler).get(0);
					parameters = plausible.parameters();
					files = plausible.files();
				}
				rows.put(name, new Row(name, HttpMethod.valueOf(method.name()), fill(pattern), parameters, files));
			}
		}
		objectRows().forEach(r -> rows.put(r.name(), r));
		return rows;
	}

	/** Records of one user that another must not open, each a row of its own. */
	private List<Row> objectRows() {
		long unit = accountOf("zhujianju", "organization_id");
		long deputy = accountOf("daibiao", "person_id");
		List<Row> rows = new ArrayList<>();
		Long assigned = first("SELECT MIN(suggestion_id) FROM suggestions_assignment WHERE organization_id = ?", unit);
		Long notAssigned = first("SELECT MIN(id) FROM suggestions_suggestion WHERE id NOT IN"
				+ " (SELECT suggestion_id FROM suggestions_assignment WHERE organization_id = ?)", unit);
		Long own = first("SELECT MIN(id) FROM suggestions_suggestion WHERE lead_deputy_id = ?", deputy);
		Long others = first("SELECT MIN(s.id) FROM suggestions_suggestion s WHERE s.lead_deputy_id <> ? AND NOT EXISTS"
				+ " (SELECT 1 FROM suggestions_co_signer c WHERE c.suggestion_id = s.id AND c.person_id = ?)", deputy, deputy);
		Long otherDeputy = first("SELECT MIN(lead_deputy_id) FROM suggestions_suggestion WHERE lead_deputy_id <> ?", deputy);
		rows.add(get("GET /suggestions/{id} [assigned to the unit]", "/suggestions/" + assigned));
		rows.add(get("GET /suggestions/{id} [another unit's]", "/suggestions/" + notAssigned));
		rows.add(get("GET /suggestions/{id} [the deputy's own]", "/suggestions/" + own));
		rows.add(get("GET /suggestions/{id} [another deputy's]", "/suggestions/" + others));
		rows.add(get("GET /directory/persons/{id} [the deputy's own]", "/directory/persons/" + deputy));
		rows.add(get("GET /directory/persons/{id} [another deputy]", "/directory/persons/" + otherDeputy));
		rows.add(get("GET /duty/deputies/{id} [the deputy's own]", "/duty/deputies/" + deputy));
		rows.add(get("GET /duty/deputies/{id} [another deputy's]", "/duty/deputies/" + otherDeputy));
		String code = text("SELECT MIN(tracking_code) FROM liaison_opinion");
		rows.add(get("GET /public/liaison/track [another constituent's code]", "/public/liaison/track?code=" + code));
		String filing = text("SELECT MIN(tracking_code) FROM oversight_filing_request");
		rows.add(get("GET /public/filing-review [another petitioner's code]", "/public/filing-review?code=" + filing));
		Long routed = first("SELECT MIN(id) FROM petitions_petition WHERE handling_body_id = ?", unit);
		Long notRouted = first("SELECT MIN(id) FROM petitions_petition WHERE handling_body_id IS NULL OR handling_body_id <> ?",
				unit);
		rows.add(get("GET /unit/petitions/{id} [routed to the unit]", "/unit/petitions/" + routed));
		rows.add(get("GET /unit/petitions/{id} [routed elsewhere or not at all]", "/unit/petitions/" + notRouted));
		rows.add(get("GET /petitions/{id} [a petition with its petitioner]", "/petitions/" + routed));
		return rows;
	}

	private static Row get(String name, String path) {
		return new Row(name, HttpMethod.GET, path, Map.of(), List.of());
	}

	private long accountOf(String username, String column) {
		return jdbc.sql("SELECT " + column + " FROM accounts_account WHERE username = ?").param(username)
			.query(Long.class).single();
	}

	private Long first(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query((rs, n) -> rs.getObject(1, Long.class)).list().stream()
			.filter(java.util.Objects::nonNull).findFirst().orElse(987654321L);
	}

	/** Fills a pattern's variables with real ids of the demo world. */
	private String fill(String pattern) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c != '{') {
				out.append(c);
				i++;
				continue;
			}
			// The closing brace of the variable, past those of its pattern ({year:\\d{4}}).
			int end = i + 1;
			for (int depth = 1; depth > 0; end++) {
				depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
			}
			end--;
			String variable = pattern.substring(i + 1, end);
			int colon = variable.indexOf(':');
			String name = colon < 0 ? variable : variable.substring(0, colon);
			String regex = colon < 0 ? "" : variable.substring(colon + 1);
			// {kind:person|station}: the first of the words.
			out.append(regex.matches("[a-z]+(\\|[a-z]+)+") ? regex.substring(0, regex.indexOf('|')) : ids(pattern, name));
			i = end + 1;
		}
		return out.toString();
	}

	/** A real id for a path variable, chosen by the pattern it stands in. */
	String ids(String pattern, String variable) {
		return switch (variable) {
			case "year" -> "2023";
			case "key" -> "station_opinions_collected";
			case "day" -> text("SELECT CAST(MIN(sitting_day) AS VARCHAR(10)) FROM appointments_motion WHERE published_on IS NOT NULL");
			case "code" -> codes(pattern);
			default -> "1";
		};
	}

	private String codes(String pattern) {
		if (pattern.startsWith("/public/evaluation")) {
			return text("SELECT MIN(access_code) FROM oversight_evaluation_rater");
		}
		if (pattern.contains("liaison")) {
			return text("SELECT MIN(intake_code) FROM liaison_station");
		}
		if (pattern.contains("filing")) {
			return text("SELECT MIN(tracking_code) FROM oversight_filing_request");
		}
		if (pattern.contains("petitions")) {
			return text("SELECT MIN(tracking_code) FROM petitions_petition");
		}
		return "NONE";
	}

	private String text(String sql) {
		return jdbc.sql(sql).query((rs, n) -> rs.getString(1)).list().stream().filter(java.util.Objects::nonNull)
			.findFirst().orElse("NONE");
	}

	private static Map<String, Map<String, String>> parse(String matrix) {
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		for (String line : matrix.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
			int bar = line.indexOf(" |");
			Map<String, String> answers = new LinkedHashMap<>();
			for (String cell : line.substring(bar + 2).strip().split("\\s+")) {
				int colon = cell.indexOf(':');
				answers.put(cell.substring(0, colon), cell.substring(colon + 1));
			}
			rows.put(line.substring(0, bar).strip(), answers);
		}
		return rows;
	}
}
