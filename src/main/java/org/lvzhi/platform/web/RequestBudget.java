package org.lvzhi.platform.web;

import org.apache.catalina.valves.StuckThreadDetectionValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * No request may hold a server thread for minutes: Tomcat logs one still running after the warn
 * threshold, with its stack, and interrupts its thread after the second. Interruption stops
 * waiting on locks, sleeps and I/O; the work itself is kept short by the bounds on what a request
 * may send ({@link RequestLimits}) and on text analysis.
 */
@Component
class RequestBudget implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final LimitSettings settings;

	RequestBudget(LimitSettings settings) {
		this.settings = settings;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		StuckThreadDetectionValve valve = new StuckThreadDetectionValve();
		valve.setThreshold(settings.stuckRequestWarnSeconds());
		valve.setInterruptThreadThreshold(settings.stuckRequestInterruptSeconds());
		factory.addContextValves(valve);
	}
}
