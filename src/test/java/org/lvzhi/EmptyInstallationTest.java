package org.lvzhi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The second and only other test configuration: an installation whose database holds nothing and
 * which did not ask for the demo world, as a production install on PostgreSQL starts. It cannot
 * share the {@link IntegrationTest} context, whose database holds the demo world and its
 * administrator; the few tests of the first start share this one instead (one more context start
 * per database, without a demo load). Its database is a second in-memory H2 database, or a schema
 * of its own in the PostgreSQL test database.
 * <p>
 * It is also another city's installation: {@code other-jurisdiction.properties} replaces national
 * statutory numbers with other ones, and {@code OtherJurisdictionSettingsTests} sees them used.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lvzhi.demo.enabled=false", "spring.datasource.url=${lvzhi.test.empty-installation.url}",
				"spring.flyway.schemas=${lvzhi.test.empty-installation.schemas}" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:other-jurisdiction.properties")
@Import(TestDatabaseConfig.class)
public @interface EmptyInstallationTest {
}
