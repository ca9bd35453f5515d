package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every event the code publishes has a listener that needs it: an event nobody hears is a promise
 * of a flow that does not exist. Published events are read from the sources (what is handed to
 * {@code publishEvent}); listeners from the compiled classes.
 */
class EventsHaveListenersTests {

	private static final Pattern NEW = Pattern.compile("publishEvent\\(new ([A-Z]\\w*)");
	private static final Pattern FACTORY = Pattern.compile("publishEvent\\(([A-Z]\\w*)\\.[a-z]\\w*\\(");
	private static final Pattern VARIABLE = Pattern.compile("publishEvent\\(([a-z]\\w*)\\)");

	@Test
	void everyPublishedEventHasAListener() throws IOException {
		Set<String> published = published(Path.of("src/main/java/org/lvzhi"));
		Set<String> heard = heard();

		assertThat(published).as("events found in the sources").hasSizeGreaterThan(10);
		assertThat(new TreeSet<>(published.stream().filter(e -> !heard.contains(e)).toList()))
			.as("events published without a listener").isEmpty();
	}

	private static Set<String> published(Path root) throws IOException {
		Set<String> events = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				collect(NEW.matcher(source), events);
				collect(FACTORY.matcher(source), events);
				Matcher variable = VARIABLE.matcher(source);
				while (variable.find()) {
					Matcher declared = Pattern.compile("([A-Z]\\w*) " + variable.group(1) + " = ").matcher(source);
					if (declared.find()) {
						events.add(declared.group(1));
					}
				}
			}
		}
		return events;
	}

	private static void collect(Matcher m, Set<String> into) {
		while (m.find()) {
			into.add(m.group(1));
		}
	}

	private static Set<String> heard() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.lvzhi");
		Set<String> heard = new TreeSet<>();
		for (var javaClass : classes) {
			for (JavaMethod method : javaClass.getMethods()) {
				if ((method.isAnnotatedWith(EventListener.class) || method.isAnnotatedWith(TransactionalEventListener.class)
						|| method.isAnnotatedWith(ApplicationModuleListener.class)) && !method.getRawParameterTypes().isEmpty()) {
					heard.add(method.getRawParameterTypes().get(0).getSimpleName());
				}
			}
		}
		return heard;
	}
}
