package org.lvzhi.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: every visitor starts in zh-CN, whatever the browser asks for, and switches with
 * {@code ?lang=en} or {@code ?lang=zh-CN}; the choice is kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

	static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lvzhi-lang");
		resolver.setDefaultLocale(DEFAULT);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The messages of all modules' bundles merged into one table per language. Spring Boot's
	 * default source asks each of the 25 bundles in turn for every label of a page (through
	 * {@code zh_CN}, {@code zh} and the base file of each); merged, a label is one lookup. The same
	 * files ({@code spring.messages.basename}), the same order (the first bundle naming a key wins)
	 * and the same fallback (no system locale).
	 */
	@Bean
	MessageSource messageSource(Environment environment) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		for (String name : environment.getRequiredProperty("spring.messages.basename").split(",")) {
			source.addBasenames("classpath:" + name.strip());
		}
		source.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
		source.setFallbackToSystemLocale(false);
		// Read once, never again: the bundles are inside the application.
		source.setCacheMillis(-1);
		return source;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
