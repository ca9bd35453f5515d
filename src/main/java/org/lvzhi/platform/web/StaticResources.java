package org.lvzhi.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under explicit paths only ({@code spring.web.resources.add-mappings=false}).
 * With Boot's catch-all {@code /**} mapping, the URL encoding filter looked every link of every
 * page up on the classpath (half the CPU of a list page, see docs/benchmarks.md); with these
 * patterns a page link matches none and is left alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1));
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)))
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(cache);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(cache);
		registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").setCacheControl(cache);
		// Browsers ask for /favicon.ico on pages that name no icon (API answers, downloads).
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/img/").setCacheControl(cache);
	}
}
