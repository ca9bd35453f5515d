package org.lvzhi.platform.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the PDF's fonts are read from ({@code lvzhi.documents.*}).
 *
 * @param fontsDir the directory Debian installs TrueType fonts into ({@code /usr/share/fonts/truetype});
 *        the fonts are looked up under it by their packages' paths ({@code arphic/uming.ttc} …)
 */
@ConfigurationProperties("lvzhi.documents")
record DocumentSettings(Path fontsDir) {

	DocumentSettings {
		fontsDir = fontsDir == null ? Path.of("/usr/share/fonts/truetype") : fontsDir;
	}
}
