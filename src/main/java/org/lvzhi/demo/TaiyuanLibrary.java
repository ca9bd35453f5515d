package org.lvzhi.demo;

import org.lvzhi.legislation.ImportLaws;
import org.springframework.stereotype.Component;

/**
 * The library of regulations in force: the superior laws a Taiyuan drafter looks up most (the
 * Legislation Law in its 2015 and 2023 versions, the organic law of local congresses, the
 * oversight and deputies laws, planning, environment, heritage, property management, business
 * environment) and comparable city regulations of other provinces, as bundled with the application.
 */
@Component
class TaiyuanLibrary implements DemoContributor {

	private final ImportLaws importLaws;

	TaiyuanLibrary(ImportLaws importLaws) {
		this.importLaws = importLaws;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public String name() {
		return "library";
	}

	@Override
	public void contribute(DemoContext context) {
		importLaws.importBundled();
	}
}
