package org.lvzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.modulith.Modulithic;

/**
 * Lvzhi (履职): the work platform of a local people's congress standing committee.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class LvzhiApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(LvzhiApplication.class);
		// -Dlvzhi.startup-steps=true records every start-up step (each bean's creation, each
		// configuration class) as a Flight Recorder event, for a recording started with
		// -XX:StartFlightRecording: where a slow start spends its seconds (docs/perf/startup.md).
		if (Boolean.getBoolean("lvzhi.startup-steps")) {
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}
}
