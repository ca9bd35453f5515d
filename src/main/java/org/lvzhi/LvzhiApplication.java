package org.lvzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Lvzhi (履职): the work platform of a local people's congress standing committee.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class LvzhiApplication {

	public static void main(String[] args) {
		SpringApplication.run(LvzhiApplication.class, args);
	}
}
