package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A module's root package is its API (ids, events, read facades, the commands other modules call);
 * pages, stores and policies live in its sub-packages. A ceiling per module keeps the API from
 * growing back unnoticed: lowering a ceiling is welcome, raising one needs a reason in the review.
 * The counts are printed, and docs/architecture.md keeps their history.
 */
class ModuleApiTests {

	/** Public types in each module's root package, at most. */
	private static final Map<String, Integer> CEILINGS = Map.ofEntries(Map.entry("accounts", 8),
			Map.entry("audit", 4), Map.entry("deadlines", 6), Map.entry("demo", 4), Map.entry("directory", 31),
			Map.entry("appointments", 5), Map.entry("dutyrecords", 7), Map.entry("legislation", 33), Map.entry("liaison", 40),
			Map.entry("meetings", 14), Map.entry("notifications", 4), Map.entry("oversight", 19), Map.entry("participation", 5),
			Map.entry("petitions", 8), Map.entry("platform", 40), Map.entry("reporting", 4), Map.entry("search", 8),
			Map.entry("suggestions", 67));

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.lvzhi");

	@Test
	void noModuleRootHoldsMorePublicTypesThanItsCeiling() {
		Map<String, Integer> counts = new TreeMap<>();
		for (ApplicationModule module : ApplicationModules.of(LvzhiApplication.class)) {
			counts.put(module.getName(), publicRootTypes(module.getBasePackage().getName()).size());
		}
		System.out.println("Public types in module root packages: " + counts);
		assertThat(counts.keySet()).as("every module has a ceiling").isSubsetOf(CEILINGS.keySet());
		counts.forEach((module, count) -> assertThat(count).as(module).isLessThanOrEqualTo(CEILINGS.get(module)));
	}


	private static List<JavaClass> publicRootTypes(String rootPackage) {
		return CLASSES.stream()
			.filter(c -> c.getPackageName().equals(rootPackage) && c.isTopLevelClass()
					&& c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getSimpleName().equals("package-info"))
			.toList();
	}
}
