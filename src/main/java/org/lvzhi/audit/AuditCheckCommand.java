package org.lvzhi.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The check of the hash chain without a browser:
 * {@code java -jar lvzhi.jar --lvzhi.audit.check-and-exit=true --spring.main.web-application-type=none}
 * prints every removed or changed entry (the first one first) and ends with status 0 when the log
 * is whole, 3 when it is not.
 */
@Component
@ConditionalOnProperty(name = "lvzhi.audit.check-and-exit", havingValue = "true")
class AuditCheckCommand implements ApplicationRunner {

	private final AuditChain chain;
	private final ConfigurableApplicationContext context;

	AuditCheckCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditChain.Report report = chain.check();
		System.out.println(describe(report));
		int status = report.intact() ? 0 : 3;
		System.exit(SpringApplication.exit(context, () -> status));
	}

	static String describe(AuditChain.Report report) {
		if (report.intact()) {
			return "audit log intact: " + report.sealed() + " sealed entries";
		}
		StringBuilder text = new StringBuilder("audit log NOT intact: " + report.problems().size() + " problems\n");
		for (AuditChain.Problem p : report.problems()) {
			text.append("  ").append(p.kind()).append(" entry ").append(p.entryId()).append(" (seal ").append(p.seq())
				.append(")\n");
		}
		return text.toString();
	}
}
