package org.lvzhi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether an empty installation is filled with the demo world on start-up
 * @param seed the seed of every demo random; the same seed gives the same world
 */
@ConfigurationProperties("lvzhi.demo")
record DemoSettings(boolean enabled, long seed) {
}
