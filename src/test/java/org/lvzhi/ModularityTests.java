package org.lvzhi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds: no cycles, and no module reaches into another's internals. The
 * same run writes the module diagrams that {@code docs/architecture.md} shows.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LvzhiApplication.class);

	@Test
	void modulesRespectEachOthersBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramsIntoTheDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
